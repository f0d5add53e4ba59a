package klynge.event;

/** A custom question is answered in free text or by choosing one of its options. */
public enum QuestionKind {

	TEXT, CHOICE;

	public String messageKey() {
		return "event.question.kind." + name();
	}

}
