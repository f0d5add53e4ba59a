package klynge.poll;

/** Open for answers until the secretariat closes it by choosing the dates. */
public enum PollStatus {

	OPEN, CLOSED;

	public String messageKey() {
		return "poll.status." + name();
	}

}
