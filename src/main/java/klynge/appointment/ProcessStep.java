package klynge.appointment;

/**
 * The steps of an appointment process, in order: the need is identified, someone is
 * nominated, the body decides; DONE once the decided term is registered.
 */
public enum ProcessStep {

	NEED_IDENTIFIED, NOMINATION, DECISION, DONE;

	/** The step after this one (DONE stays DONE). */
	ProcessStep next() {
		return this == DONE ? DONE : values()[ordinal() + 1];
	}

	public String messageKey() {
		return "appointment.step." + name();
	}

}
