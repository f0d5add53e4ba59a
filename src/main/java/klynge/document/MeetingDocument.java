package klynge.document;

import java.util.List;
import java.util.Locale;

/**
 * What a summons or minutes document says, already filtered for its audience and with
 * every text in the document's language: one model for both the PDF and the Word file.
 *
 * @param titleLine "REFERAT PARTNERMØTET – ALREK HELSEKLYNGE"
 * @param name "Referat Partnermøtet 27.03.2023" (document title metadata)
 * @param statusLine "Til kommentar – ikke godkjent" for minutes not yet approved, else
 * null
 * @param onlineUrl the online meeting's address, shown as a link with the text
 * {@code onlineLabel} ("Teams")
 */
record MeetingDocument(Kind kind, Locale locale, String titleLine, String name, String clusterName,
		String primaryColour, String secondaryColour, byte[] logoPng, String logoAlt, String place, String onlineUrl,
		String onlineLabel, String date, String time, List<AttendanceGroup> attendance, List<String> sentences,
		String statusLine, List<Item> items) {

	enum Kind {

		MINUTES, SUMMONS

	}

	public boolean minutes() {
		return kind == Kind.MINUTES;
	}

	/**
	 * Rows of one section of the attendance table; the members' section has no heading
	 * row.
	 */
	record AttendanceGroup(String heading, List<Row> rows) {
	}

	record Row(String organisation, String name, String code, String summoned, String absence) {
	}

	/**
	 * One item or sub-item. For an exempt item the audience may not see, only
	 * {@code label}, {@code title} (the public title) and {@code exemptNotice} are set.
	 *
	 * @param label "Sak 03-23" for an item, "a." for a sub-item, "" for a matter under
	 * "Eventuelt"
	 * @param anchor "sak-03-23", for links inside the PDF
	 * @param opening what the minutes say before the sub-items (notes, feedback), in
	 * their order
	 * @param closing what they say after the sub-items (referral, vedtak, follow-ups,
	 * links); for an item without sub-items everything is in {@code opening}
	 */
	record Item(String label, String anchor, String title, String exemptNotice, String presenter, String priorHandling,
			List<Link> documents, String proposedDecision, List<Block> opening, List<Item> subItems,
			List<Block> closing) {

		public boolean exempt() {
			return exemptNotice != null;
		}

		static Item placeholder(String label, String anchor, String title, String notice) {
			return new Item(label, anchor, title, notice, null, null, List.of(), null, List.of(), List.of(), List.of());
		}
	}

	/**
	 * A piece of the minutes' text, from the meeting view's parts; {@code kind()} for the
	 * template.
	 */
	sealed interface Block {

		/**
		 * "notes", "feedback", "decision", "follow-up", "referral", "links": the style of
		 * its paragraph.
		 */
		String style();

		default String kind() {
			return getClass().getSimpleName();
		}

	}

	/** Safe XHTML (paragraphs, lists, absolute links, emphasis). */
	record Html(String style, String xhtml) implements Block {
	}

	/**
	 * One paragraph: a bold label (or null), then the text, in italics or as a link to
	 * {@code url} (absolute) where set: "Vedtak: <em>…</em>", "Del av saken: <a>…</a>",
	 * "Oversendt til …".
	 */
	record Para(String style, String label, String text, boolean italic, String url) implements Block {
	}

	/** A table of figures: caption, column headings, rows (first cell names the row). */
	record Table(String style, String caption, List<String> columns, List<List<String>> rows) implements Block {
	}

	/** A document or link; {@code note} is "ettersendt 21.03.2023" or null. */
	record Link(String title, String url, String note) {
	}
}
