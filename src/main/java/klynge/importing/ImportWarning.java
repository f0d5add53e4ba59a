package klynge.importing;

/**
 * Something the import did to a file's text or could not be sure of, shown in the preview
 * and the API's answer: a message key of the importing bundle ({@code {0}} the count,
 * {@code {1}} the first line, 1-based).
 */
public record ImportWarning(String key, int line, long count) {

	public Object[] arguments() {
		return new Object[] { count, line };
	}

}
