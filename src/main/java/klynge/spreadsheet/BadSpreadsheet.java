package klynge.spreadsheet;

/**
 * The file cannot be read as one of the lists (not a spreadsheet, encrypted, too large,
 * no known columns): shown above the upload form, never as a 500.
 */
public class BadSpreadsheet extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	BadSpreadsheet(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
