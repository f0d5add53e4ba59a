package klynge.importing;

/**
 * A file that cannot be imported: which file, which line (1-based; 0 = the file as a
 * whole) and what was expected there, as a message key of the importing bundle with its
 * arguments.
 */
public class ImportException extends RuntimeException {

	private final String file;

	private final int line;

	private final String expected;

	private final transient Object[] arguments;

	public ImportException(String file, int line, String expected, Object... arguments) {
		super(file + ":" + line + ": " + expected);
		this.file = file;
		this.line = line;
		this.expected = expected;
		this.arguments = arguments.clone();
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	/** Message key of what was expected ("importing.expected.date"). */
	public String expected() {
		return expected;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	ImportException inFile(String name) {
		return new ImportException(name, line, expected, arguments);
	}

}
