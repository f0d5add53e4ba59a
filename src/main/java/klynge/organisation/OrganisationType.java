package klynge.organisation;

/**
 * What kind of institution an organisation is; shown in the user's language via
 * {@link #messageKey()}.
 */
public enum OrganisationType {

	UNIVERSITY, UNIVERSITY_COLLEGE, HEALTH_TRUST, HOSPITAL, MUNICIPALITY, COUNTY, RESEARCH_INSTITUTE, COMPANY,
	USER_ORGANISATION, OTHER;

	public String messageKey() {
		return "organisation.type." + name();
	}

}
