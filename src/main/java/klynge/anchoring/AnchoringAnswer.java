package klynge.anchoring;

/** A partner's answer to a request; given once. */
public enum AnchoringAnswer {

	CONFIRMED, DECLINED;

	public String messageKey() {
		return "anchoring.answer." + name();
	}

}
