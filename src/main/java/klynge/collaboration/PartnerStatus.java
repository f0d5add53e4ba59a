package klynge.collaboration;

/** Where a collaboration stands: talks, an agreed partnership, or over. */
public enum PartnerStatus {

	DIALOG, FORMALISED, ENDED;

	public String messageKey() {
		return "collaboration.status." + name();
	}

}
