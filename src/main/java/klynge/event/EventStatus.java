package klynge.event;

/** An event is prepared as a draft, published to the public, or cancelled. */
public enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED;

	public String messageKey() {
		return "event.status." + name();
	}

}
