package klynge.event;

/** A registration has a place, waits for one, or was cancelled by its owner. */
public enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED;

	public String messageKey() {
		return "event.registration.status." + name();
	}

}
