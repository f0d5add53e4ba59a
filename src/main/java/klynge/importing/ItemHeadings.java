package klynge.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.AgendaItemType;

/**
 * Recognises the line that opens an item: "Sak NN-YY", "Sak YYYY/NN", "PS/RS NN/YY", "V-/O-/D-SAK NN",
 * Roman-numbered opening items and a bare "NN-YY Title".
 */
final class ItemHeadings {

	private static final Pattern SAK_DASH = Pattern.compile("^(?:\\*\\*)?(?:Sak|SAK|sak)\\s+(\\d{1,3})\\s*[-/]\\s*(\\d{2})\\b[:.]?\\s*(.*?)(?:\\*\\*)?$");

	private static final Pattern SAK_YEAR = Pattern.compile("^(?:Sak|SAK)\\s+(\\d{4})\\s*/\\s*(\\d{1,4})\\b[:.]?\\s*(.*)$");

	private static final Pattern PS_RS = Pattern.compile("^(PS|RS)\\s+(\\d{1,3})\\s*/\\s*(\\d{2}|\\d{4})\\b[:.]?\\s*(.*)$");

	private static final Pattern VOD = Pattern.compile("^([VOD])-SAK\\s+(\\d{1,3})\\b[:.]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern BARE = Pattern.compile("^(\\d{1,3})\\s*[-/]\\s*(\\d{2})\\s+([A-ZÆØÅ].*)$");

	private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.\\s+([A-ZÆØÅ].*)$");

	private ItemHeadings() {
	}

	/** An item's heading: its label as written, number and year if it has them, title, and a type hint. */
	record Heading(String label, Integer sequence, Integer year, String title, AgendaItemType hint) {
	}

	/** The heading this (stripped) line opens, or null. */
	static Heading of(String line) {
		if (line.length() < 4 || "SsPRVODIX*0123456789".indexOf(line.charAt(0)) < 0) {
			return null;
		}
		Matcher m = SAK_DASH.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			return new Heading(line.substring(0, m.start(3)).replace("**", "").strip(), Integer.valueOf(m.group(1)),
					2000 + Integer.parseInt(m.group(2)), m.group(3), null);
		}
		m = SAK_YEAR.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			return new Heading(line.substring(0, m.start(3)).strip(), Integer.valueOf(m.group(2)),
					Integer.valueOf(m.group(1)), m.group(3), null);
		}
		m = PS_RS.matcher(line);
		if (m.matches() && !m.group(4).isBlank()) {
			int year = Integer.parseInt(m.group(3));
			return new Heading(line.substring(0, m.start(4)).strip(), Integer.valueOf(m.group(2)),
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
			return new Heading(line.substring(0, m.start(3)).strip(), null, null, m.group(3), hint);
		}
		m = ROMAN.matcher(line);
		if (m.matches() && line.length() < 200) {
			return new Heading(m.group(1) + ".", null, null, m.group(2), null);
		}
		m = BARE.matcher(line);
		if (m.matches() && line.length() < 200) {
			return new Heading(line.substring(0, m.start(3)).strip(), Integer.valueOf(m.group(1)),
					2000 + Integer.parseInt(m.group(2)), m.group(3), null);
		}
		return null;
	}
}
