package klynge.document.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.AgendaItemType;
import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;
import klynge.shared.WebLinks;

/**
 * Reads minutes written as plain text: the seed format (tab-separated header and attendance
 * table, "Sak NN-YY" items, Markdown-like links and emphasis) and the conventions of other bodies
 * (PS/RS, "Sak YYYY/NN", V-/O-/D-SAK, Roman-numbered opening items, attendance as lists,
 * "Innstilling:", nynorsk). Whatever it cannot place is kept as an uncertain note, never dropped;
 * what it cannot read at all is an {@link ImportException}.
 */
final class MinutesTextParser {

	/** Characters of text in one document; larger input is refused before parsing. */
	static final int MAX_CHARS = 2_000_000;

	static final int MAX_LINE = 20_000;

	private static final int MAX_ITEMS = 500;

	private static final String LETTER = "A-ZÆØÅa-zæøåÉéÜü";

	private static final Pattern SAK_DASH = Pattern.compile("^(?:\\*\\*)?(?:Sak|SAK|sak)\\s+(\\d{1,3})\\s*[-/]\\s*(\\d{2})\\b[:.]?\\s*(.*?)(?:\\*\\*)?$");

	private static final Pattern SAK_YEAR = Pattern.compile("^(?:Sak|SAK)\\s+(\\d{4})\\s*/\\s*(\\d{1,4})\\b[:.]?\\s*(.*)$");

	private static final Pattern PS_RS = Pattern.compile("^(PS|RS)\\s+(\\d{1,3})\\s*/\\s*(\\d{2}|\\d{4})\\b[:.]?\\s*(.*)$");

	private static final Pattern VOD = Pattern.compile("^([VOD])-SAK\\s+(\\d{1,3})\\b[:.]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern BARE = Pattern.compile("^(\\d{1,3})\\s*[-/]\\s*(\\d{2})\\s+([A-ZÆØÅ].*)$");

	private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.\\s+([A-ZÆØÅ].*)$");

	private static final Pattern SUB_ITEM = Pattern.compile("^([a-z])[.)]\\s+(.+)$");

	private static final Pattern PRESENTER_LINE = Pattern.compile("^v/\\s*(.+)$");

	private static final Pattern TITLE_PRESENTER = Pattern.compile("^(.*?)\\s+v/\\s*(.+)$");

	private static final Pattern DECISION_KEY = Pattern.compile(
			"^(?:\\*\\*)?(Vedtak|Vedtak i saken|Forslag til vedtak|Framlegg til vedtak|Innstilling|Tilråding|"
					+ "(?:Kommunedirektørens|Rådmannens|Kommunedirektøren si|Administrerande direktørs?|Administrerende direktørs?) (?:innstilling|tilråding|forslag til vedtak))"
					+ "\\s*:(?:\\*\\*)?\\s*(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern VOTES = Pattern.compile(
			"^(Enstemmig vedtatt|Enstemmig vedtatt som innstilt|Samrøystes vedteke|Samrøystes vedtatt|Samrøystes vedteke som innstilt|Vedtatt mot \\d+ stemmer?)\\.?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FEEDBACK_HEADING = Pattern.compile(
			"^(Tilbakemeldinger|Tilbakemelding|Tilbakemeldingar|Innspill|Innspel)\\b[^\\n]*[;:]$");

	private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\\\n])*)\\]\\(([^)\\s]*)\\)");

	private static final Pattern FOLLOW_UP = Pattern.compile(
			"\\*?\\b([A-ZÆØÅ]{2,6}) (følger opp|følgjer opp|tar ansvar for|sørger for|syter for)([^*.\\n]{0,300})\\.?\\*?");

	private static final String NAME = "((?:[A-ZÆØÅ][" + LETTER + ".\\-]*\\s){0,5}[A-ZÆØÅ][" + LETTER + "\\-]*)";

	private static final Pattern DEPUTY = Pattern.compile(
			"Vararepresentant(?:en)?\\s+" + NAME + "\\s*\\(([^)]{1,100})\\)\\s+(?:deltok|møtte|var til stades)(?: i møtet| på møtet)?\\.?");

	private static final Pattern CHAIR = Pattern.compile(
			NAME + "\\s*\\(([^)]{1,100})\\)\\s+(?:ledet|leia|leidde) møtet som vara for " + NAME + "\\.");

	private static final Pattern HEADING = Pattern.compile(
			"^(?:REFERAT|PROTOKOLL|MØTEREFERAT|MØTEPROTOKOLL|MØTEBOK|Referat|Protokoll|Møtereferat|Møteprotokoll)\\b\\s*(?:fra|frå|FRA|FRÅ)?\\s*[–:-]?\\s*(.*)$");

	private static final Pattern LIST_LABEL = Pattern.compile(
			"^(Til stede|Tilstede|Til stades|Møtt|Møtte|Møtande medlemer|Møtende medlemmer|Forfall|Frafall|Ikke møtt|Ikkje møtt|"
					+ "Faste medlemmer som ikke møtte|Faste medlemer som ikkje møtte|Møtte for|Observatører|Observatørar|Faste observatører|"
					+ "Faste observatørar|Sekretariat|Sekretær|Sekretariatsfunksjon|Fra administrasjonen|Frå administrasjonen|"
					+ "Andre til stede|Andre til stades|Gjester|Gjestar)\\s*:\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ENTRY_PAREN = Pattern.compile("^(.+?)\\s*\\(([^)]*)\\)\\s*$");

	private static final Pattern ENTRY_CODE = Pattern.compile("^([A-ZÆØÅ]{2,6})\\s*[-–:]\\s+(.+)$");

	private static final Pattern STANDS_IN = Pattern.compile("^(.+?)\\s+(?:\\(vara\\s+)?for\\s+(.+?)\\)?$");

	private static final Pattern DATE_NUMERIC = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})\\b");

	private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern DATE_WORDS = Pattern.compile(
			"(\\d{1,2})\\.\\s*(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2})");

	private static final Pattern TIME_ONE = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

	private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember");

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("dato", "date"), Map.entry("kl", "time"),
			Map.entry("tid", "time"), Map.entry("tidspunkt", "time"), Map.entry("klokkeslett", "time"),
			Map.entry("sted", "place"), Map.entry("stad", "place"), Map.entry("møtested", "place"),
			Map.entry("møtestad", "place"), Map.entry("organ", "body"), Map.entry("utval", "body"),
			Map.entry("utvalg", "body"), Map.entry("styre", "body"), Map.entry("prosjekt", "ignore"),
			Map.entry("møteleder", "ignore"), Map.entry("møteleiar", "ignore"), Map.entry("referent", "ignore"),
			Map.entry("arkivsak", "ignore"));

	private final String file;

	private String bodyName;

	private LocalDate date;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String place;

	private final List<ImportedAttendee> attendees = new ArrayList<>();

	private final List<ImportedMinutes.Deputy> deputies = new ArrayList<>();

	private ImportedMinutes.ChairByDeputy chair;

	private final List<String> preamble = new ArrayList<>();

	private final List<ItemBuilder> items = new ArrayList<>();

	private MinutesTextParser(String file) {
		this.file = file;
	}

	/** Parses one document's text; {@code file} names it in errors. */
	static ImportedMinutes parse(String file, String text) {
		return new MinutesTextParser(file).run(text);
	}

	private ImportedMinutes run(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new ImportException(file, 0, "importing.expected.text");
		}
		if (raw.length() > MAX_CHARS) {
			throw new ImportException(file, 0, "importing.expected.size", MAX_CHARS);
		}
		String text = normalise(raw);
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].length() > MAX_LINE) {
				throw new ImportException(file, i + 1, "importing.expected.lineLength", MAX_LINE);
			}
		}
		int first = -1;
		for (int i = 0; i < lines.length && first < 0; i++) {
			if (itemHeader(lines[i].strip()) != null) {
				first = i;
			}
		}
		if (first < 0) {
			throw new ImportException(file, lines.length, "importing.expected.item");
		}
		header(lines, first);
		if (date == null) {
			throw new ImportException(file, 1, "importing.expected.date");
		}
		body(lines, first);
		resolveDeputies();
		List<ImportedItem> built = items.stream().map(ItemBuilder::build).toList();
		return new ImportedMinutes(bodyName, date, startsAt, endsAt, place,
				place != null && place.toLowerCase(Locale.ROOT).contains("teams"), attendees, deputies, chair, built,
				preamble);
	}

	private String normalise(String raw) {
		String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace("\uFEFF", "");
		int control = 0;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == 0) {
				throw new ImportException(file, line, "importing.expected.text");
			}
			else if ((c < 0x20 && c != '\t') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)) {
				control++;
			}
		}
		if (control > 8 + text.length() / 200) {
			throw new ImportException(file, 0, "importing.expected.text");
		}
		return text;
	}

	// --- header ---------------------------------------------------------------------------------

	private void header(String[] lines, int end) {
		int nameCol = -1, seatCol = -1, codeCol = -1, summonedCol = -1, statusCol = -1;
		boolean table = false;
		AttendanceSection section = AttendanceSection.MEMBER;
		String listKind = null;
		boolean headingSeen = false;
		for (int i = 0; i < end; i++) {
			String line = lines[i];
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				table = false;
				listKind = null;
				continue;
			}
			String[] cells = cells(line);
			if (table) {
				if (nonEmpty(cells) == 1 && trimmed.endsWith(":")) {
					section = sectionOf(trimmed, section);
					continue;
				}
				String name = cell(cells, nameCol);
				if (name.isEmpty()) {
					preamble.add(trimmed);
					continue;
				}
				String seat = cell(cells, seatCol);
				String forfall = cell(cells, statusCol);
				AttendanceStatus status = AttendanceStatus.ofCode(forfall).orElse(null);
				if (status == null) {
					preamble.add(trimmed);
					status = AttendanceStatus.PRESENT;
				}
				AttendanceSection rowSection = section != AttendanceSection.GUEST
						&& seat.toLowerCase(Locale.ROOT).startsWith("sekretariat") ? AttendanceSection.SECRETARIAT : section;
				attendees.add(new ImportedAttendee(rowSection, blankToNull(seat), name, blankToNull(cell(cells, codeCol)),
						!cell(cells, summonedCol).isEmpty(), status, null));
				continue;
			}
			if (cells.length >= 3 && indexOf(cells, "navn", "namn") >= 0) {
				nameCol = indexOf(cells, "navn", "namn");
				seatCol = indexOf(cells, "organisasjon", "verksemd", "virksomhet", "representerer", "rolle");
				codeCol = indexOf(cells, "kode", "initialer");
				summonedCol = indexOf(cells, "innkalt", "innkalla", "innkalla");
				statusCol = indexOf(cells, "forfall");
				table = true;
				section = AttendanceSection.MEMBER;
				continue;
			}
			Matcher label = LIST_LABEL.matcher(trimmed);
			if (label.matches()) {
				listKind = label.group(1).toLowerCase(Locale.ROOT);
				for (String entry : splitEntries(label.group(2))) {
					listEntry(listKind, entry);
				}
				continue;
			}
			if (listKind != null && isBullet(trimmed)) {
				listEntry(listKind, trimmed.substring(1).strip());
				continue;
			}
			listKind = null;
			if (!headingSeen) {
				Matcher heading = HEADING.matcher(trimmed);
				if (heading.matches()) {
					headingSeen = true;
					String rest = heading.group(1).strip();
					if (!rest.isEmpty() && bodyName == null) {
						bodyName = bodyFromHeading(rest);
					}
					continue;
				}
			}
			if (keyValues(cells, trimmed)) {
				continue;
			}
			String rest = prose(trimmed);
			if (!rest.isBlank()) {
				if (date == null && findDate(rest) != null) {
					date = findDate(rest);
					continue;
				}
				preamble.add(rest.strip());
			}
		}
	}

	private static AttendanceSection sectionOf(String label, AttendanceSection current) {
		String lower = label.toLowerCase(Locale.ROOT);
		if (lower.startsWith("sekretær") || lower.startsWith("sekretariat") || lower.contains("administrasjon")) {
			return AttendanceSection.SECRETARIAT;
		}
		if (lower.contains("observatør")) {
			return AttendanceSection.OBSERVER;
		}
		if (lower.startsWith("gjest") || lower.startsWith("andre")) {
			return AttendanceSection.GUEST;
		}
		if (lower.contains("medlem")) {
			return AttendanceSection.MEMBER;
		}
		return current;
	}

	private void listEntry(String kind, String rawEntry) {
		String entry = rawEntry.strip().replaceAll("[.;,]$", "");
		if (entry.isEmpty()) {
			return;
		}
		if (kind.equals("møtte for")) {
			Matcher standsIn = STANDS_IN.matcher(entry);
			if (!standsIn.matches()) {
				preamble.add(rawEntry);
				return;
			}
			Person deputy = person(standsIn.group(1));
			Person member = person(standsIn.group(2));
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.name().equalsIgnoreCase(member.name)) {
					attendees.set(i, new ImportedAttendee(row.section(), row.seat() != null ? row.seat() : member.seat,
							row.name(), row.code(), true, AttendanceStatus.DEPUTY, null));
					deputies.add(new ImportedMinutes.Deputy(deputy.name, deputy.seat != null ? deputy.seat : row.seat()));
					return;
				}
			}
			attendees.add(new ImportedAttendee(AttendanceSection.MEMBER, member.seat, member.name, member.code, true,
					AttendanceStatus.DEPUTY, null));
			deputies.add(new ImportedMinutes.Deputy(deputy.name, deputy.seat != null ? deputy.seat : member.seat));
			return;
		}
		Person person = person(entry);
		AttendanceSection section = sectionOf(kind, AttendanceSection.MEMBER);
		boolean absent = kind.startsWith("forfall") || kind.startsWith("frafall") || kind.contains("ikke møtt")
				|| kind.contains("ikkje møtt");
		boolean guest = section == AttendanceSection.GUEST;
		attendees.add(new ImportedAttendee(section, person.seat, person.name, person.code, !guest,
				absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
	}

	private record Person(String name, String seat, String code) {
	}

	private static Person person(String entry) {
		String text = entry.strip();
		String code = null;
		Matcher withCode = ENTRY_CODE.matcher(text);
		if (withCode.matches()) {
			code = withCode.group(1);
			text = withCode.group(2).strip();
		}
		Matcher paren = ENTRY_PAREN.matcher(text);
		if (paren.matches()) {
			return new Person(paren.group(1).strip(), blankToNull(paren.group(2).strip()), code);
		}
		int comma = text.indexOf(", ");
		if (comma > 0) {
			return new Person(text.substring(0, comma).strip(), text.substring(comma + 2).strip(), code);
		}
		return new Person(text, null, code);
	}

	private static List<String> splitEntries(String inline) {
		String text = inline.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		if (text.contains(";")) {
			return List.of(text.split(";"));
		}
		if (ENTRY_CODE.matcher(text).matches()) {
			return List.of(text.split(",\\s*(?=[A-ZÆØÅ]{2,6}\\s*[-–:]\\s)"));
		}
		if (text.contains("(")) {
			return List.of(text.split("(?<=\\)),\\s*"));
		}
		return List.of(text.split(",\\s*(?:og\\s+)?"));
	}

	private boolean keyValues(String[] cells, String trimmed) {
		boolean any = false;
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i].strip();
			if (cell.isEmpty()) {
				continue;
			}
			String key = keyOf(cell);
			String value = null;
			if (key != null) {
				int j = i + 1;
				while (j < cells.length && cells[j].isBlank()) {
					j++;
				}
				if (j < cells.length && keyOf(cells[j].strip()) == null) {
					value = cells[j].strip();
					i = j;
				}
			}
			else {
				int colon = cell.indexOf(':');
				if (colon > 0 && colon < 20) {
					String candidate = keyOf(cell.substring(0, colon + 1));
					if (candidate != null) {
						key = candidate;
						value = cell.substring(colon + 1).strip();
					}
				}
			}
			if (key == null) {
				if (any) {
					preamble.add(cell);
				}
				else {
					return false;
				}
				continue;
			}
			any = true;
			apply(KEYS.get(key), value, trimmed);
		}
		return any;
	}

	private static String keyOf(String cell) {
		String key = cell.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "").strip();
		return KEYS.containsKey(key) ? key : null;
	}

	private void apply(String kind, String value, String line) {
		if (value == null || value.isEmpty()) {
			return;
		}
		switch (kind) {
			case "date" -> {
				LocalDate found = findDate(value);
				if (found != null) {
					date = found;
				}
				else {
					preamble.add(line);
				}
			}
			case "time" -> {
				Matcher range = TIME_RANGE.matcher(value);
				Matcher one = TIME_ONE.matcher(value);
				if (range.find()) {
					startsAt = time(range.group(1), range.group(2));
					endsAt = time(range.group(3), range.group(4));
					if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
						endsAt = null;
						preamble.add(line);
					}
				}
				else if (one.find()) {
					startsAt = time(one.group(1), one.group(2));
				}
				else {
					preamble.add(line);
				}
			}
			case "place" -> place = value;
			case "body" -> bodyName = value;
			default -> {
			}
		}
	}

	private static LocalTime time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
	}

	static LocalDate findDate(String text) {
		try {
			Matcher numeric = DATE_NUMERIC.matcher(text);
			if (numeric.find()) {
				int year = Integer.parseInt(numeric.group(3));
				return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(2)),
						Integer.parseInt(numeric.group(1)));
			}
			Matcher words = DATE_WORDS.matcher(text);
			if (words.find()) {
				return LocalDate.of(Integer.parseInt(words.group(3)),
						MONTHS.indexOf(words.group(2).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(words.group(1)));
			}
			Matcher iso = DATE_ISO.matcher(text);
			if (iso.find()) {
				return LocalDate.parse(iso.group());
			}
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
		return null;
	}

	/** Takes deputy and chair sentences out of a prose line; returns what is left. */
	private String prose(String line) {
		String rest = line;
		if (!line.contains("møtet") && !line.contains("Vararepresentant")) {
			return rest;
		}
		Matcher chairMatcher = CHAIR.matcher(rest);
		if (line.contains(" som vara for ") && chairMatcher.find()) {
			chair = new ImportedMinutes.ChairByDeputy(chairMatcher.group(1).strip(), chairMatcher.group(2).strip(),
					chairMatcher.group(3).strip());
			rest = rest.substring(0, chairMatcher.start()) + rest.substring(chairMatcher.end());
		}
		Matcher deputy = DEPUTY.matcher(rest);
		StringBuilder left = new StringBuilder();
		int from = 0;
		while (deputy.find()) {
			deputies.add(new ImportedMinutes.Deputy(deputy.group(1).strip(), deputy.group(2).strip()));
			left.append(rest, from, deputy.start());
			from = deputy.end();
		}
		left.append(rest.substring(from));
		return left.toString().strip();
	}

	static String bodyFromHeading(String rest) {
		String name = rest.split("\\s+[–-]\\s+", 2)[0].strip();
		if (name.isEmpty()) {
			return null;
		}
		if (name.equals(name.toUpperCase(Locale.ROOT))) {
			String lower = name.toLowerCase(Locale.ROOT);
			name = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
			if (name.endsWith("e")) {
				name = name + "t";
			}
		}
		return name;
	}

	private void resolveDeputies() {
		if (chair != null) {
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.name().equalsIgnoreCase(chair.standsInFor()) && row.status() == AttendanceStatus.DEPUTY) {
					attendees.set(i, row.withDeputy(chair.name()));
				}
			}
		}
		for (ImportedMinutes.Deputy deputy : deputies) {
			int match = -1;
			List<Integer> open = new ArrayList<>();
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.status() == AttendanceStatus.DEPUTY && row.deputyName() == null) {
					open.add(i);
					if (match < 0 && row.seat() != null && organisationMatches(deputy.organisation(), row.seat())) {
						match = i;
					}
				}
			}
			if (match < 0 && open.size() == 1) {
				match = open.getFirst();
			}
			if (match >= 0) {
				attendees.set(match, attendees.get(match).withDeputy(deputy.name()));
			}
		}
	}

	/** "FHI" ~ "Folkehelseinstituttet", "HDS" ~ "Haraldsplass Diakonale sykehus", "UiB" ~ "Universitetet i Bergen". */
	static boolean organisationMatches(String organisation, String seat) {
		if (organisation == null) {
			return false;
		}
		String org = organisation.toLowerCase(Locale.ROOT).strip();
		String s = seat.toLowerCase(Locale.ROOT);
		if (s.startsWith(org) || org.startsWith(s.split(",")[0].strip())) {
			return true;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : s.split("[\\s,/-]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString().startsWith(org) || (org.length() >= 2 && s.startsWith(org.substring(0, 1))
				&& initials.length() == 1);
	}

	// --- items ----------------------------------------------------------------------------------

	private record Header(String label, Integer sequence, Integer year, String title, AgendaItemType hint) {
	}

	private Header itemHeader(String line) {
		if (line.length() < 4 || "SsPRVODIX*0123456789".indexOf(line.charAt(0)) < 0) {
			return null;
		}
		Matcher m = SAK_DASH.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			return new Header(line.substring(0, m.start(3)).replace("**", "").strip(), Integer.valueOf(m.group(1)),
					2000 + Integer.parseInt(m.group(2)), m.group(3), null);
		}
		m = SAK_YEAR.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			return new Header(line.substring(0, m.start(3)).strip(), Integer.valueOf(m.group(2)),
					Integer.valueOf(m.group(1)), m.group(3), null);
		}
		m = PS_RS.matcher(line);
		if (m.matches() && !m.group(4).isBlank()) {
			int year = Integer.parseInt(m.group(3));
			return new Header(line.substring(0, m.start(4)).strip(), Integer.valueOf(m.group(2)),
					year < 100 ? 2000 + year : year, m.group(4),
					m.group(1).equals("PS") ? AgendaItemType.DECISION : AgendaItemType.INFORMATION);
		}
		m = VOD.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			AgendaItemType hint = switch (m.group(1).toUpperCase(Locale.ROOT)) {
				case "V" -> AgendaItemType.DECISION;
				case "O" -> AgendaItemType.INFORMATION;
				default -> AgendaItemType.DISCUSSION;
			};
			return new Header(line.substring(0, m.start(3)).strip(), null, null, m.group(3), hint);
		}
		m = ROMAN.matcher(line);
		if (m.matches() && line.length() < 200) {
			return new Header(m.group(1) + ".", null, null, m.group(2), null);
		}
		m = BARE.matcher(line);
		if (m.matches() && line.length() < 200) {
			return new Header(line.substring(0, m.start(3)).strip(), Integer.valueOf(m.group(1)),
					2000 + Integer.parseInt(m.group(2)), m.group(3), null);
		}
		return null;
	}

	private void body(String[] lines, int first) {
		ItemBuilder top = null;
		ItemBuilder target = null;
		List<String> paragraph = new ArrayList<>();
		for (int i = first; i < lines.length; i++) {
			String trimmed = lines[i].strip();
			Header header = itemHeader(trimmed);
			Matcher sub = top == null ? null : SUB_ITEM.matcher(trimmed);
			if (header != null) {
				target = flush(target, paragraph);
				if (items.size() >= MAX_ITEMS) {
					throw new ImportException(file, i + 1, "importing.expected.fewerItems", MAX_ITEMS);
				}
				top = new ItemBuilder(header.label(), header.sequence(), header.year(), header.title(), header.hint(),
						false);
				items.add(top);
				target = top;
			}
			else if (sub != null && sub.matches() && trimmed.length() < 300) {
				target = flush(target, paragraph);
				target = new ItemBuilder(sub.group(1) + ".", null, null, sub.group(2), top.hint, top.isOtherBusiness());
				target.parent = top;
				top.subItems.add(target);
			}
			else if (trimmed.isEmpty()) {
				target = flush(target, paragraph);
			}
			else {
				paragraph.add(trimmed);
				continue;
			}
		}
		flush(target, paragraph);
		items.forEach(ItemBuilder::finish);
	}

	private ItemBuilder flush(ItemBuilder target, List<String> paragraph) {
		if (paragraph.isEmpty() || target == null) {
			paragraph.clear();
			return target;
		}
		ItemBuilder top = target.parent == null ? target : target.parent;
		String text = String.join("\n", paragraph);
		paragraph.clear();
		if (top.isOtherBusiness() && !text.contains("\n") && text.length() <= 80 && !text.matches(".*[.:;?!]$")
				&& !isBullet(text) && !DECISION_KEY.matcher(text).matches() && Character.isUpperCase(text.charAt(0))) {
			ItemBuilder sub = new ItemBuilder("", null, null, text, AgendaItemType.DISCUSSION, true);
			sub.parent = top;
			top.subItems.add(sub);
			return sub;
		}
		target.accept(text);
		return target;
	}

	private static boolean isBullet(String text) {
		return text.startsWith("- ") || text.startsWith("• ") || text.startsWith("– ") || text.equals("-");
	}

	private final class ItemBuilder {

		final String label;

		final Integer sequence;

		final Integer year;

		String title;

		final AgendaItemType hint;

		final boolean raised;

		ItemBuilder parent;

		String presenter;

		String proposal;

		final List<String> notes = new ArrayList<>();

		String feedbackHeading;

		final List<String> feedback = new ArrayList<>();

		String decision;

		String votes;

		String pendingKey;

		String pendingFeedback;

		final List<ImportedItem.FollowUp> followUps = new ArrayList<>();

		final List<ImportedItem.Link> documents = new ArrayList<>();

		final List<ItemBuilder> subItems = new ArrayList<>();

		final List<String> uncertain = new ArrayList<>();

		ItemBuilder(String label, Integer sequence, Integer year, String title, AgendaItemType hint, boolean raised) {
			this.label = label;
			this.sequence = sequence;
			this.year = year;
			this.hint = hint;
			this.raised = raised;
			String t = title.strip().replace("**", "");
			Matcher presenterMatch = TITLE_PRESENTER.matcher(t);
			if (presenterMatch.matches()) {
				t = presenterMatch.group(1).strip();
				presenter = presenterMatch.group(2).strip();
			}
			if (t.endsWith(";")) {
				t = t.substring(0, t.length() - 1).strip();
			}
			this.title = t.length() > 500 ? t.substring(0, 500) : t;
		}

		boolean isOtherBusiness() {
			return title.toLowerCase(Locale.ROOT).startsWith("eventuelt");
		}

		void accept(String text) {
			if (pendingKey != null) {
				String key = pendingKey;
				pendingKey = null;
				decisionText(key, text);
				return;
			}
			if (pendingFeedback != null) {
				String heading = pendingFeedback;
				pendingFeedback = null;
				if (feedbackHeading == null && text.lines().allMatch(MinutesTextParser::isBullet)) {
					feedbackHeading = heading;
					text.lines().forEach(line -> feedback.add(line.substring(1).strip()));
					return;
				}
				notes.add(heading);
			}
			Matcher presenterLine = PRESENTER_LINE.matcher(text);
			if (presenter == null && !text.contains("\n") && presenterLine.matches()) {
				presenter = presenterLine.group(1).strip();
				return;
			}
			Matcher decisionKey = DECISION_KEY.matcher(text);
			if (decisionKey.matches()) {
				String value = decisionKey.group(2).strip();
				if (value.isEmpty()) {
					pendingKey = decisionKey.group(1);
				}
				else {
					decisionText(decisionKey.group(1), value);
				}
				return;
			}
			if (!text.contains("\n") && FEEDBACK_HEADING.matcher(text).matches() && feedbackHeading == null) {
				pendingFeedback = text;
				return;
			}
			if (text.indexOf('\t') >= 0 && text.lines().anyMatch(line -> line.split("\t", -1).length > 2)) {
				uncertain.add(text);
				return;
			}
			Matcher link = LINK.matcher(text.indexOf('[') >= 0 ? text : "");
			List<ImportedItem.Link> found = new ArrayList<>();
			StringBuilder kept = new StringBuilder();
			boolean refused = false;
			while (link.find()) {
				if (WebLinks.isLink(link.group(2))) {
					found.add(new ImportedItem.Link(unescape(link.group(1)), link.group(2), true));
					link.appendReplacement(kept, Matcher.quoteReplacement(link.group()));
				}
				else {
					// javascript:, data: and the like are no documents: their text stays, with a warning
					uncertain.add(unescape(link.group(1)) + " (" + link.group(2) + ")");
					link.appendReplacement(kept, Matcher.quoteReplacement(link.group(1)));
					refused = true;
				}
			}
			if (refused) {
				link.appendTail(kept);
				text = kept.toString();
			}
			boolean onlyLinks = !found.isEmpty() && LINK.matcher(text).replaceAll("").isBlank();
			if (onlyLinks) {
				found.forEach(l -> documents.add(new ImportedItem.Link(l.title(), l.url(), false)));
				return;
			}
			documents.addAll(found);
			Matcher follow = FOLLOW_UP.matcher(
					text.contains("lg") || text.contains("ansvar") || text.contains("rger") || text.contains("syter") ? text : "");
			StringBuilder rest = new StringBuilder();
			int from = 0;
			while (follow.find()) {
				String sentence = (follow.group(1) + " " + follow.group(2) + follow.group(3)).strip() + ".";
				followUps.add(new ImportedItem.FollowUp(follow.group(1), sentence));
				rest.append(text, from, follow.start());
				from = follow.end();
			}
			rest.append(text.substring(from));
			String left = rest.toString().strip();
			if (!left.isEmpty()) {
				notes.add(left);
			}
		}

		private void decisionText(String key, String raw) {
			String value = stripEmphasis(raw);
			if (key.toLowerCase(Locale.ROOT).startsWith("vedtak")) {
				if (VOTES.matcher(value).matches()) {
					votes = value;
					decision = proposal;
				}
				else {
					decision = value;
				}
			}
			else {
				proposal = value;
			}
		}

		void finish() {
			if (pendingKey != null) {
				uncertain.add(pendingKey + ":");
			}
			if (pendingFeedback != null) {
				notes.add(pendingFeedback);
			}
			subItems.forEach(ItemBuilder::finish);
		}

		ImportedItem build() {
			AgendaItemType type = guessType();
			return new ImportedItem(label, sequence, year, title, type, presenter, proposal,
					notes.isEmpty() ? null : String.join("\n\n", notes), feedbackHeading, feedback, decision, votes,
					followUps, documents, subItems.stream().map(ItemBuilder::build).toList(), uncertain, raised);
		}

		AgendaItemType guessType() {
			String lower = title.toLowerCase(Locale.ROOT);
			if (lower.startsWith("godkjenning") || lower.startsWith("godkjenning av")) {
				return AgendaItemType.APPROVAL;
			}
			if (isOtherBusiness()) {
				return AgendaItemType.OTHER_BUSINESS;
			}
			if (decision != null || votes != null) {
				return AgendaItemType.DECISION;
			}
			if (hint != null) {
				return hint;
			}
			if (lower.startsWith("orientering") || lower.startsWith("møtedato") || lower.startsWith("møteplan")) {
				return AgendaItemType.INFORMATION;
			}
			if (lower.startsWith("valg ") || lower.startsWith("val av") || lower.startsWith("val ")) {
				return AgendaItemType.ELECTION;
			}
			return AgendaItemType.DISCUSSION;
		}
	}

	// --- helpers --------------------------------------------------------------------------------

	static String stripEmphasis(String text) {
		String value = text.strip();
		while (value.length() >= 2 && value.startsWith("*") && value.endsWith("*")) {
			value = value.substring(1, value.length() - 1).strip();
		}
		return value;
	}

	static String unescape(String text) {
		return text.replaceAll("\\\\(.)", "$1");
	}

	private static String[] cells(String line) {
		return line.split("\t", -1);
	}

	private static int nonEmpty(String[] cells) {
		int n = 0;
		for (String cell : cells) {
			if (!cell.isBlank()) {
				n++;
			}
		}
		return n;
	}

	private static String cell(String[] cells, int index) {
		return index >= 0 && index < cells.length ? cells[index].strip() : "";
	}

	private static int indexOf(String[] cells, String... names) {
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i].strip().toLowerCase(Locale.ROOT);
			for (String name : names) {
				if (cell.equals(name)) {
					return i;
				}
			}
		}
		return -1;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
