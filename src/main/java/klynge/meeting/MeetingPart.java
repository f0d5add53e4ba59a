package klynge.meeting;

import java.util.List;
import java.util.UUID;

/**
 * One piece of a meeting's content that a module contributes to the {@link MeetingView}:
 * the minutes' notes under an item, its vedtak, a referral, follow-ups, links, the
 * download links of the meeting. The page, the PDF and Word files and the mails all draw
 * the same parts, so nothing the minutes say is left out of one of them.
 * <p>
 * {@code blocks} is the content itself (what documents and mails print). {@code widget},
 * when set, is how the page draws the part interactively (forms, edit links, htmx): a
 * Thymeleaf fragment of the contributing module that takes the part as its one parameter
 * ({@code "followup/parts :: item-followups"}, declared
 * {@code th:fragment="item-followups(part)"}); a part with no blocks and a widget exists
 * only on the page.
 *
 * @param itemId the item it belongs under, or null for the meeting as a whole
 */
public record MeetingPart(UUID itemId, Slot slot, List<Block> blocks, Widget widget) {

	public MeetingPart {
		blocks = List.copyOf(blocks);
	}

	public static MeetingPart of(UUID itemId, Slot slot, List<Block> blocks) {
		return new MeetingPart(itemId, slot, blocks, null);
	}

	/** A part only the page shows (the actions and forms of a module). */
	public static MeetingPart pageOnly(UUID itemId, Slot slot, String fragment, Object model) {
		return new MeetingPart(itemId, slot, List.of(), new Widget(fragment, model));
	}

	/** The widget's model, for the widget's fragment ({@code part.content()}). */
	public Object content() {
		return widget == null ? null : widget.model();
	}

	public boolean printable() {
		return !blocks.isEmpty();
	}

	/**
	 * Where a part goes, in the order of the minutes. Under an item that has sub-items,
	 * the opening slots come before the sub-items and the closing ones (what was decided
	 * about the whole item) after them, where the minutes write them.
	 */
	public enum Slot {

		/** Above the agenda: where the minutes are in their workflow. */
		STATUS(false),
		/** On the next meeting's approval item: the previous minutes approved here. */
		APPROVAL(false), NOTES(false), FEEDBACK(false), REFERRAL(true), DECISION(true), FOLLOW_UPS(true),
		/**
		 * Links: under an item "Del av saken", "Behandlet i …"; of the meeting its
		 * downloads and calendar file.
		 */
		LINKS(true),
		/** Page-only actions and forms (write minutes, comment, refer, put in a case). */
		ACTIONS(true);

		private final boolean closing;

		Slot(boolean closing) {
			this.closing = closing;
		}

		public boolean closing() {
			return closing;
		}

	}

	/** A fragment of the contributing module that draws the part on the page. */
	public record Widget(String fragment, Object model) {
	}

	/**
	 * A text in the reader's language: a message key with its arguments, or literal text
	 * (key null).
	 */
	public record Phrase(String key, List<Object> args, String text) {

		public static Phrase of(String key, Object... args) {
			return new Phrase(key, java.util.Collections.unmodifiableList(java.util.Arrays.asList(args)), null);
		}

		public static Phrase text(String text) {
			return new Phrase(null, List.of(), text);
		}
	}

	/** What a part says; {@code kind()} lets a template choose how to draw each. */
	public sealed interface Block {

		default String kind() {
			return getClass().getSimpleName();
		}

	}

	/**
	 * Safe XHTML (paragraphs, lists, links relative to the site, emphasis), as the
	 * minutes' Markdown renders.
	 */
	public record Html(String html) implements Block {
	}

	/**
	 * A paragraph: an optional bold label ("Vedtak:") and text, in italics where the
	 * minutes write it so (vedtak, "GG følger opp saken.").
	 */
	public record Text(String labelKey, String text, boolean emphasis) implements Block {
	}

	/**
	 * A paragraph of phrases in the reader's language: "Oversendt til Styringsgruppen:
	 * …".
	 */
	public record Line(List<Phrase> phrases) implements Block {

		public Line {
			phrases = List.copyOf(phrases);
		}
	}

	/**
	 * A link with an optional label before it: "Del av saken: Helsepersonellkommisjonen".
	 */
	public record Link(String prefixKey, Phrase label, String href) implements Block {
	}

	/**
	 * A table of figures: a caption, column headings and rows of cells (the first cell of
	 * a row names it, the others are numbers as the reader writes them): a budget's
	 * alternatives side by side under the item that decides it.
	 */
	public record Table(Phrase caption, List<Phrase> columns, List<List<Phrase>> rows) implements Block {

		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}

}
