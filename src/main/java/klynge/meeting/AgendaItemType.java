package klynge.meeting;

/**
 * godkjenning (of summons, agenda and previous minutes), orientering, drøfting, vedtak,
 * valg/oppnevning, eventuelt.
 */
public enum AgendaItemType {

	APPROVAL, INFORMATION, DISCUSSION, DECISION, ELECTION, OTHER_BUSINESS;

	/** Only these items carry a proposed and an adopted decision. */
	public boolean decides() {
		return this == DECISION || this == ELECTION || this == APPROVAL;
	}

	public String messageKey() {
		return "item.type." + name();
	}

}
