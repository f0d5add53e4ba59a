package klynge.shared;

/** Small text rules shared by every form and repository. */
public final class Text {

	private Text() {
	}

	/**
	 * An empty or blank field is "not given" (null); otherwise the text without
	 * surrounding white space.
	 */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
