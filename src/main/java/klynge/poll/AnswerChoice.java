package klynge.poll;

/**
 * An invitee's answer to one option. The symbol is what the matrix shows, always beside
 * its word for screen readers and those who do not read colour.
 */
public enum AnswerChoice {

	YES("✓"), IF_NEED_BE("(✓)"), NO("✗");

	private final String symbol;

	AnswerChoice(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public String messageKey() {
		return "poll.answer." + name();
	}

	/** Null for anything that is not one of the three names (a garbled form). */
	static AnswerChoice parse(String value) {
		if (value == null) {
			return null;
		}
		for (AnswerChoice choice : values()) {
			if (choice.name().equals(value.strip())) {
				return choice;
			}
		}
		return null;
	}

}
