package klynge.anchoring;

/** Where a subject's anchoring stands. */
public enum AnchoringState {

	IN_PROGRESS, ANCHORED, DECLINED;

	public String messageKey() {
		return "anchoring.state." + name();
	}

}
