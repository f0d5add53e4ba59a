package klynge.funding;

/** A draft is saved as the applicant types; submitted is final (until the deadline). */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, WITHDRAWN;

	public String messageKey() {
		return "funding.application.status." + name();
	}

}
