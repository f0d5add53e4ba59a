package klynge.collaboration;

/** What kind of body the partner is. */
public enum PartnerKind {

	CLUSTER, NETWORK, HOSPITAL, CENTRE, MUNICIPALITY, OTHER;

	public String messageKey() {
		return "collaboration.kind." + name();
	}

}
