package klynge.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four lists a spreadsheet may hold, each a sheet of a workbook or a CSV file of its
 * own, with their columns. Sheet names and headers are Norwegian; the English ones are
 * accepted too.
 */
public enum ListKind {

	ORGANISATIONS("organisasjoner", List.of("organisasjonar", "organisations", "organizations"), Column.NAME,
			Column.TYPE, Column.PARENT, Column.PARTNER_SINCE),
	PEOPLE("personer", List.of("personar", "people", "persons"), Column.NAME, Column.CODE, Column.EMAIL, Column.PHONE,
			Column.TITLE, Column.ORGANISATION),
	BODIES("organer", List.of("organ", "bodies"), Column.NAME, Column.TYPE, Column.ESTABLISHED),
	MEMBERSHIPS("medlemskap", List.of("memberships"), Column.BODY, Column.PERSON, Column.ROLE, Column.SEAT, Column.FROM,
			Column.TO, Column.DEPUTY_FOR);

	/** A column: its Norwegian header (written), and the other spellings read. */
	enum Column {

		NAME(true, "Navn", "Namn", "Name"), TYPE(true, "Type"), PARENT(false, "Overordnet", "Overordna", "Parent"),
		PARTNER_SINCE(false, "Partner fra", "Partnar frå", "Partner frå", "Partner since"),
		CODE(true, "Kode", "Initialer", "Code", "Initials code", "Initials"),
		EMAIL(false, "E-post", "Epost", "E-mail", "Email"), PHONE(false, "Telefon", "Phone"),
		TITLE(false, "Tittel", "Title"), ORGANISATION(false, "Organisasjon", "Organisation", "Organization"),
		ESTABLISHED(false, "Opprettet", "Oppretta", "Established"), BODY(true, "Organ", "Body"),
		PERSON(true, "Person", "Kode eller navn", "Person or code"), ROLE(true, "Rolle", "Role"),
		SEAT(true, "Sete", "Seat"), FROM(true, "Fra", "Frå", "From", "Term from"), TO(false, "Til", "To", "Term to"),
		DEPUTY_FOR(false, "Vara for", "Deputy for");

		final boolean required;

		final List<String> headers;

		Column(boolean required, String... headers) {
			this.required = required;
			this.headers = List.of(headers);
		}

		String header() {
			return headers.getFirst();
		}

		boolean matches(String header) {
			String key = key(header);
			return headers.stream().anyMatch(h -> key(h).equals(key));
		}

		/** "E-post *" and "e-post" alike. */
		static String key(String header) {
			return header == null ? "" : header.replace("*", "").strip().toLowerCase(Locale.ROOT);
		}

	}

	final String sheetName;

	final List<String> otherNames;

	final List<Column> columns;

	ListKind(String sheetName, List<String> otherNames, Column... columns) {
		this.sheetName = sheetName;
		this.otherNames = otherNames;
		this.columns = List.of(columns);
	}

	/** The sheet's name as written: "Organisasjoner". */
	String title() {
		return Character.toUpperCase(sheetName.charAt(0)) + sheetName.substring(1);
	}

	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "spreadsheet.list." + name();
	}

	static Optional<ListKind> bySheetName(String name) {
		String key = Column.key(name);
		return Arrays.stream(values()).filter(k -> k.sheetName.equals(key) || k.otherNames.contains(key)).findFirst();
	}

	static Optional<ListKind> bySlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst();
	}

	/**
	 * The list a CSV file's headers (or an unnamed sheet's) belong to: the column only
	 * that list has decides.
	 */
	static Optional<ListKind> byHeaders(List<String> headers) {
		if (headers.stream().anyMatch(Column.BODY::matches)) {
			return Optional.of(MEMBERSHIPS);
		}
		if (headers.stream().anyMatch(Column.CODE::matches)) {
			return Optional.of(PEOPLE);
		}
		if (headers.stream().anyMatch(h -> Column.PARENT.matches(h) || Column.PARTNER_SINCE.matches(h))) {
			return Optional.of(ORGANISATIONS);
		}
		if (headers.stream().anyMatch(Column.ESTABLISHED::matches)) {
			return Optional.of(BODIES);
		}
		return Optional.empty();
	}

	/** The list a file name speaks of ("personer.csv"), if any. */
	static Optional<ListKind> byFileName(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z]+$", "");
		return Arrays.stream(values())
			.filter(k -> name.contains(k.sheetName) || k.otherNames.stream().anyMatch(name::contains))
			.filter(k -> k != BODIES || !name.contains("organisa"))
			.findFirst();
	}

}
