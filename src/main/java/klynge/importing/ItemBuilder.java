package klynge.importing;

import static klynge.importing.TextCells.isBullet;
import static klynge.importing.TextCells.stripEmphasis;
import static klynge.importing.TextCells.unescape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.AgendaItemType;
import klynge.shared.WebLinks;

/**
 * One item as its paragraphs come in: presenter, proposal and vedtak (with votes),
 * feedback lists, follow-ups ("GG følger opp"), document links; tables and refused links
 * are kept as uncertain.
 */
final class ItemBuilder {

	/** What a label's key leaves out: "Sak 3." and "sak 3" are the same item. */
	private static final Pattern KEY_NOISE = Pattern.compile("[\\s.:]+");

	private static final Pattern PRESENTER_LINE = Pattern.compile("^v/\\s*(.+)$");

	private static final Pattern TITLE_PRESENTER = Pattern.compile("^(.*?)\\s+v/\\s*(.+)$");

	static final Pattern DECISION_KEY = Pattern
		.compile("^(?:\\*\\*)?(Vedtak|Vedtak i saken|Forslag til vedtak|Framlegg til vedtak|Innstilling|Tilråding|"
				+ "Samrøystes vedtak|Enstemmig vedtak|Styrets vedtak|Konklusjon|Beslutning|"
				+ "(?:Kommunedirektørens|Rådmannens|Kommunedirektøren si|Administrerande direktørs?|Administrerende direktørs?) (?:innstilling|tilråding|forslag til vedtak))"
				+ "(?:\\s*:(?:\\*\\*)?|\\.(?=\\s)|(?=\\s*\\n)|\\s*$)\\s*(.*)$",
				Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/**
	 * "Protokollen ble godkjent.", "Vart godkjent utan merknader": a sentence saying what
	 * was adopted is the vedtak (after a proposal it adopts the proposal).
	 */
	static final Pattern PASSED = Pattern.compile(
			"^(?:[^\\n]{0,150}\\s)?(?:ble|vart|blei|er|vert|blir|Ble|Vart|Blei) (?:enstemmig |samrøystes |einstemmig )?"
					+ "(?:godkjent|godkjend|godkjende|vedtatt|vedteke|vedteken|tatt til orientering|teke til orientering|tekne til orientering)"
					+ "(?: (?:uten|utan) (?:merknader|merknadar|merknad|endringar|endringer)| med [^.\\n]{1,80})?\\.?$");

	/**
	 * A sentence saying what the body decided: "Styret vedtok at …", "Det ble besluttet
	 * at …", "Styret godkjende protokollen.", "Styret tar saken til etterretning."
	 */
	private static final Pattern DECIDED = Pattern.compile(
			"^(?:(?:Styret|Rådet|Utvalget|Utvalet|Møtet|Kommunestyret|Formannskapet) (?:vedtok|vedtek|besluttet|bestemte) at .+"
					+ "|(?:Styret|Rådet|Utvalget|Utvalet) (?:godkjenner|godkjende|godkjente) .+"
					+ "|\\p{Lu}\\p{Ll}{0,30}(?:styret|rådet|utvalget|utvalet) (?:meiner|mener|slutter seg til|sluttar seg til|ber om at|ber) .+"
					+ "|Det (?:ble|vart|blei) (?:besluttet|bestemt|vedtatt|vedteke) at .+"
					+ "|(?:Styret|Rådet|Utvalget|Utvalet|Møtet) (?:tar|tek) (?:[^.]{0,150} )?til (?:etterretning|orientering)(?: at .+|\\.)?)$");

	/**
	 * "Dagsorden godkjent.", "Budsjettet vedtatt": a short subject and the outcome
	 * without "ble" or "vart".
	 */
	private static final Pattern TERSE_OUTCOME = Pattern.compile(
			"^(?!.*\\b(?:ble|vart|blei|er|vert|blir)\\b)\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,5} (?:enstemmig |samrøystes )?(?:godkjent|godkjend|vedtatt|vedteke)"
					+ "(?: (?:uten|utan) (?:merknader|merknadar|merknad))?\\.?$");

	/**
	 * "Kari Li vart vald til leiar for to år.": who was elected, the outcome of an
	 * election.
	 */
	private static final Pattern ELECTED = Pattern.compile(
			"^\\p{Lu}[^.]{0,120}\\s(?:ble|vart|blei) (?:enstemmig |samrøystes )?(?:gjen|att)?(?:valgt|valt|vald) (?:som|til) [^.]{1,200}\\.?$");

	/**
	 * "X godkjennes med følgende merknad: …": what is adopted, in the present, and the
	 * remark it introduces (the rest of the paragraph).
	 */
	private static final Pattern ADOPTED_WITH = Pattern.compile(
			"^[^.:]{3,150}\\s(?:godkjennes|godkjennast|vedtas|vedtakast) med (?:følgende|følgjande) (?:merknad|merknader|merknadar|endring|endringer|endringar)\\s*:\\s.+",
			Pattern.DOTALL);

	/**
	 * A full stop the transcription lost before what the body decided ("… frå maimøtet
	 * Styret godkjende …").
	 */
	private static final Pattern LOST_STOP = Pattern.compile(
			"(?<=\\p{Ll}{2})\\s+(?=(?:Styret|Rådet|Utvalget|Utvalet) (?:godkjenner|godkjende|godkjente|vedtok|vedtek|besluttet) )");

	/**
	 * "Det ble gjort en justering av vedtaket:", "Endret forslag til vedtak:": the next
	 * paragraph is the proposal as amended.
	 */
	private static final Pattern AMENDED = Pattern.compile(
			"^(?:[^\\n]{0,60}(?:justering|endring|endringar|endringer)[^\\n]{0,20} (?:av |i |på )?(?:vedtaket|forslaget|framlegget|innstillingen|innstillinga)"
					+ "|(?:Endret|Endra|Justert|Revidert|Nytt) (?:forslag til vedtak|framlegg til vedtak|forslag|framlegg|vedtak))\\s*:$",
			Pattern.CASE_INSENSITIVE);

	/** "Rådet meiner at …": the body's stance. */
	private static final Pattern STANCE = Pattern.compile("^\\S+ (?:meiner|mener) at ");

	/** A sentence in the body's own voice: "Me må …", "Vi vil …". */
	private static final Pattern OWN_VOICE = Pattern.compile("^(?:Me|Vi) \\p{Ll}");

	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\p{Ll}{2}|\\d)\\.\\s+(?=\\p{Lu})");

	/** "Innkalling og referat. Godkjent.": the outcome at the end of a heading. */
	private static final Pattern TITLE_OUTCOME = Pattern.compile(
			"^(.{3,300}?\\.)\\s+(Godkjent|Enstemmig godkjent|Vedtatt|Enstemmig vedtatt|Tatt til orientering|Teke til orientering|Utsatt)\\.?$");

	/**
	 * A heading of the portal page run into the vedtak's last line ("… er godkjent.
	 * Behandling").
	 */
	private static final Pattern RUN_IN_SECTION = Pattern.compile("\\s{2,}(?:Behandling|Handsaming)$");

	/** "Styret fattet følgende (enstemmige) vedtak" on its own: the vedtak follows. */
	private static final Pattern DECISION_PHRASE = Pattern.compile(
			"^(?:Styret|Rådet|Utvalget|Utvalet|Fylkesutvalget|Fylkesutvalet|Kommunestyret) (?:fattet|fatta|gjorde) "
					+ "(?:følgende|følgjande) (?:enstemmige |samrøystes )?vedtak\\s*:?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Et enstemmig fylkesutvalg vedtok:" between "Vedtak:" and the vedtak itself: how it
	 * was adopted.
	 */
	private static final Pattern ADOPTED_BY = Pattern.compile(
			"^(?:Et |Ei |Eit )?(?:enstemmig|samrøystes|samrøysta) [\\p{L} -]{0,40}(?:vedtok|vedtar|vedtek)\\s*:$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An outcome on its own line: after a proposal it adopts the proposal, alone it is
	 * the vedtak.
	 */
	static final Pattern OUTCOME = Pattern
		.compile("^(?:Enstemmig vedtatt|Samrøystes vedteke|Samrøystes vedtatt|Innstillingen ble (?:enstemmig )?vedtatt|"
				+ "Innstillinga vart (?:samrøystes )?vedteken|(?:Tilrådinga|Innstillinga|Framlegget|Forslaget) (?:samrøystes |enstemmig )?(?:vedteken|vedteke|vedtatt)|Enstemmig godkjent|Godkjent|Tatt til orientering|"
				+ "Teke til orientering|Tatt til etterretning|Utsatt|Saken ble utsatt)(?: som innstilt| med [^.\\n]{1,80})?\\.?$",
				Pattern.CASE_INSENSITIVE);

	/**
	 * A "Vedtak:" label inside a line of flattened text: what stands before it is the
	 * item's text or proposal, what follows it the vedtak.
	 */
	private static final Pattern INNER_DECISION = Pattern.compile("(?<=\\S)\\s+(?=Vedtak\\s*:)");

	/** A label with nothing after it ("Behandling:") before the vedtak's label. */
	private static final Pattern EMPTY_LABEL = Pattern.compile("^\\p{Lu}\\p{Ll}+\\s*:$");

	/**
	 * Dot leaders and a page number after an agenda list's title ("Budsjett ........ 5").
	 */
	private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(?:\\.{2,}|…)\\s*\\d{0,3}$");

	/** The time the item was taken up, after its title: "Budsjett (17:18)". */
	private static final Pattern TIME_STAMP = Pattern.compile("\\s+\\((?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}\\)$");

	private static final Pattern VOTES = Pattern.compile(
			"^(Enstemmig vedtatt|Enstemmig vedtatt som innstilt|Samrøystes vedteke|Samrøystes vedtatt|Samrøystes vedteke som innstilt|Vedtatt mot (?:\\d+|en|én|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti) (?:stemmer?|røyster?))\\.?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FEEDBACK_HEADING = Pattern
		.compile("^(Tilbakemeldinger|Tilbakemelding|Tilbakemeldingar|Innspill|Innspel)\\b[^\\n]*[;:]$");

	private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\\\n])*)\\]\\(([^)\\s]*)\\)");

	private static final Pattern FOLLOW_UP = Pattern.compile(
			"\\*?\\b([A-ZÆØÅ]{2,6}) (følger opp|følgjer opp|tar ansvar for|sørger for|syter for)([^*.\\n]{0,300})\\.?\\*?");

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

	/** {@link #key()}, worked out once: every later heading compares with it. */
	private String key;

	/**
	 * The paragraph before set the vedtak: a "Det ble besluttet at …" after it goes on
	 * with it.
	 */
	private boolean decidedLast;

	/** The vedtak's label stood alone: the next paragraphs may go on with it. */
	private boolean open;

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
		String t = ItemHeadings.RECORD_PREFIX.matcher(title.strip().replace("**", "")).replaceFirst("");
		Matcher presenterMatch = TITLE_PRESENTER.matcher(t);
		if (presenterMatch.matches()) {
			t = presenterMatch.group(1).strip();
			presenter = presenterMatch.group(2).strip();
		}
		t = PAGE_NUMBER.matcher(t).replaceFirst("");
		if (t.endsWith(")")) {
			t = TIME_STAMP.matcher(t).replaceFirst("");
		}
		Matcher outcome = TITLE_OUTCOME.matcher(t);
		if (outcome.matches()) {
			t = outcome.group(1).substring(0, outcome.group(1).length() - 1).strip();
			decision = outcome.group(2) + ".";
		}
		if (t.endsWith(";")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		if (decision == null && t.length() < 250 && (t.contains("godkj") || t.contains("vedt"))
				&& PASSED.matcher(t).matches()) {
			// a heading without a title took its first sentence: "Referatet ble godkjent"
			decision = t.endsWith(".") ? t : t + ".";
		}
		this.title = t.length() > 500 ? t.substring(0, 500) : t;
	}

	boolean isOtherBusiness() {
		return title.toLowerCase(Locale.ROOT).startsWith("eventuelt");
	}

	void accept(String text) {
		Matcher inner = text.indexOf('\n') < 0 && text.contains("Vedtak") ? INNER_DECISION.matcher(text) : null;
		if (inner != null && inner.find()) {
			// flattened text: "Framlegg til vedtak: … Vedtak: …", "Behandling: Vedtak: …"
			String before = text.substring(0, inner.start()).strip();
			if (!EMPTY_LABEL.matcher(before).matches()) {
				accept(before);
			}
			accept(text.substring(inner.end()));
			return;
		}
		boolean afterDecision = decidedLast;
		decidedLast = false;
		if (pendingKey != null) {
			String key = pendingKey;
			pendingKey = null;
			decisionText(key, text);
			open = decision != null && !isProposal(key) && votes == null
					&& !RUN_IN_SECTION.matcher(text.strip()).find();
			return;
		}
		if (open && votes == null && VOTES.matcher(stripEmphasis(text)).matches()) {
			votes = stripEmphasis(text); // "Vedtatt mot to stemmer." closes the vedtak
			open = false;
			return;
		}
		if (open && continuesDecision(text)) {
			decision = decision + "\n\n" + RUN_IN_SECTION.matcher(text.strip()).replaceFirst("");
			open = !RUN_IN_SECTION.matcher(text.strip()).find();
			return;
		}
		open = false;
		if (pendingFeedback != null) {
			String heading = pendingFeedback;
			pendingFeedback = null;
			if (feedbackHeading == null && text.lines().allMatch(TextCells::isBullet)) {
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
		if (!text.contains("\n") && DECISION_PHRASE.matcher(text).matches()) {
			pendingKey = "Vedtak";
			return;
		}
		if (proposal != null && decision == null && !text.contains("\n") && AMENDED.matcher(text).matches()) {
			notes.add(text);
			pendingKey = "Forslag til vedtak"; // the amended proposal replaces the first
			return;
		}
		if (decision == null && !text.contains("\n") && text.length() < 80 && TERSE_OUTCOME.matcher(text).matches()) {
			if (proposal != null) {
				decision = proposal;
				votes = text;
			}
			else {
				decision = text;
			}
			decidedLast = true;
			return;
		}
		if (decision == null && !text.contains("\n") && OUTCOME.matcher(text).matches()) {
			if (proposal != null) {
				decision = proposal;
				votes = stripEmphasis(text);
			}
			else if (VOTES.matcher(stripEmphasis(text)).matches()) {
				votes = stripEmphasis(text);
			}
			else {
				decision = stripEmphasis(text);
			}
			return;
		}
		if ((decision == null || afterDecision) && text.length() < 1000) {
			// a sentence of the paragraph says what was adopted: "Protokollen ble
			// godkjent. …", "… Saklista vart godkjend med desse endringane."
			String[] around = decidingSentence(text);
			if (around != null && decision != null) {
				// "Det ble besluttet at …" in the paragraph after the vedtak goes on with
				// it
				if (around[0].isEmpty() && around[2].isEmpty() && DECIDED.matcher(around[1]).matches()) {
					decision = decision + "\n\n" + around[1];
					decidedLast = true;
					return;
				}
				around = null;
			}
			if (around != null) {
				String first = around[1];
				String lower = first.toLowerCase(Locale.ROOT);
				boolean ofProposal = lower.contains("forslag") || lower.contains("innstilling")
						|| lower.contains("framlegg") || lower.contains("tilråding");
				if (ofProposal && proposal != null) {
					votes = first; // how the proposal was adopted; the vedtak is the
									// proposal
					decision = proposal;
				}
				else {
					decision = first;
				}
				String rest = (around[0] + " " + around[2]).strip();
				if (!rest.isEmpty()) {
					notes.add(rest);
				}
				decidedLast = decision != null;
				return;
			}
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
				// javascript:, data: and the like are no documents: their text stays,
				// with a warning
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
		Matcher follow = FOLLOW_UP
			.matcher(text.contains("lg") || text.contains("ansvar") || text.contains("rger") || text.contains("syter")
					? text : "");
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

	/**
	 * The paragraph split around its first sentence that says what was adopted ({before,
	 * sentence, after}), or null.
	 */
	private static String[] decidingSentence(String text) {
		Matcher breaks = SENTENCE_BREAK.matcher(text);
		int start = 0;
		while (start < text.length()) {
			boolean more = breaks.find();
			int end = more ? breaks.start() + 1 : text.length();
			String sentence = text.substring(start, end).strip();
			if (sentence.contains(" med f") && ADOPTED_WITH.matcher(text.substring(start)).matches()) {
				// "… godkjennes med følgende merknad: …": the remark is part of the
				// vedtak
				return new String[] { text.substring(0, start).strip(), text.substring(start).strip(), "" };
			}
			if (sentence.contains("val") && ELECTED.matcher(sentence).matches()) {
				// who was elected to what, one sentence each: all of them
				int last = end;
				while (more && last < text.length()) {
					int from = breaks.end();
					more = breaks.find();
					int to = more ? breaks.start() + 1 : text.length();
					if (!ELECTED.matcher(text.substring(from, to).strip()).matches()) {
						break;
					}
					last = to;
				}
				return new String[] { text.substring(0, start).strip(), text.substring(start, last).strip(),
						text.substring(last).strip() };
			}
			Matcher lost = sentence.length() < 400 && namesBody(sentence) ? LOST_STOP.matcher(sentence) : null;
			if (lost != null && lost.find() && DECIDED.matcher(sentence.substring(lost.end())).matches()) {
				return new String[] { (text.substring(0, start) + " " + sentence.substring(0, lost.start())).strip(),
						sentence.substring(lost.end()), text.substring(end).strip() };
			}
			if (start == 0 && more && OUTCOME.matcher(sentence).matches()) {
				// "Tilrådinga samrøystes vedteken. To tilleggspunkt vart vedtekne.": all
				// of it
				return new String[] { "", text.strip(), "" };
			}
			boolean stance = STANCE.matcher(sentence).lookingAt();
			if (stance && sentence.length() < 250 && DECIDED.matcher(sentence).matches()) {
				// "Rådet meiner at …" (a "not" in it is part of the stance); sentences in
				// the body's own voice after it ("Me må …", "Vi vil …") go on with it
				int last = end;
				while (more) {
					int from = breaks.end();
					more = breaks.find();
					int to = more ? breaks.start() + 1 : text.length();
					if (!OWN_VOICE.matcher(text.substring(from, to).strip()).lookingAt()) {
						break;
					}
					last = to;
				}
				return new String[] { text.substring(0, start).strip(), text.substring(start, last).strip(),
						text.substring(last).strip() };
			}
			if (sentence.length() < 250 && (PASSED.matcher(sentence).matches() || (DECIDED.matcher(sentence).matches()
					&& !sentence.contains(" ikke ") && !sentence.contains(" ikkje ")))) {
				return new String[] { text.substring(0, start).strip(), sentence, text.substring(end).strip() };
			}
			if (!more) {
				break;
			}
			start = breaks.end();
		}
		return null;
	}

	/** The body deciding after the first word: worth looking for a lost full stop. */
	private static boolean namesBody(String text) {
		return text.indexOf(" Styret ") > 0 || text.indexOf(" Rådet ") > 0 || text.indexOf(" Utval") > 0;
	}

	/**
	 * A vedtak whose label stood alone goes on over the following paragraphs: a paragraph
	 * of sentences that is not itself a label or an outcome.
	 */
	private static boolean continuesDecision(String text) {
		String line = text.strip();
		char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
		return !line.isEmpty() && (".!".indexOf(last) >= 0 || RUN_IN_SECTION.matcher(line).find())
				&& !DECISION_KEY.matcher(line).matches() && !OUTCOME.matcher(line).matches()
				&& !PASSED.matcher(line).matches() && !VOTES.matcher(line).matches() && !isBullet(line)
				&& !line.startsWith("Handsaming") && !line.startsWith("Behandling");
	}

	private void decisionText(String key, String raw) {
		String value = RUN_IN_SECTION.matcher(stripEmphasis(raw)).replaceFirst("");
		if (value.codePoints().noneMatch(Character::isLetter)) {
			uncertain.add(key + ": " + value); // a page number run in after an empty
												// label
			return;
		}
		if (votes == null && decision == null && !isProposal(key)) {
			// "Vedtak: Budsjettet vedtas. Enstemmig vedtatt.": the last sentence says how
			// it was adopted
			String[] decisionAndVotes = lastSentence(value);
			if (decisionAndVotes != null && VOTES.matcher(decisionAndVotes[1]).matches()) {
				value = decisionAndVotes[0];
				votes = decisionAndVotes[1];
			}
		}
		if (!value.contains("\n") && ADOPTED_BY.matcher(value).matches()) {
			votes = value;
			pendingKey = key;
			return;
		}
		if (!isProposal(key)) {
			if (decision != null && votes == null && !VOTES.matcher(value).matches()) {
				decision = decision + "\n\n" + value; // a second "Vedtak:" in the same
														// item
			}
			else if (VOTES.matcher(value).matches()) {
				votes = value;
				decision = proposal;
			}
			else {
				decision = value;
			}
		}
		else {
			Matcher lost = LOST_STOP.matcher(namesBody(value) ? value : "");
			if (decision == null && lost.find() && !value.contains("\n")
					&& DECIDED.matcher(value.substring(lost.end())).matches()) {
				// "Framlegg til vedtak: Styret godkjenner X Styret godkjenner Y.": the
				// vedtak's label was lost with the full stop
				proposal = value.substring(0, lost.start()).strip();
				decision = value.substring(lost.end()).strip();
				return;
			}
			proposal = value;
		}
	}

	/**
	 * {before, last sentence} of a text of more than one sentence on one line, or null.
	 */
	private static String[] lastSentence(String text) {
		if (text.indexOf('\n') >= 0) {
			return null;
		}
		Matcher breaks = SENTENCE_BREAK.matcher(text);
		int end = -1;
		int start = -1;
		while (breaks.find()) {
			end = breaks.start() + 1;
			start = breaks.end();
		}
		return end < 0 ? null : new String[] { text.substring(0, end).strip(), text.substring(start).strip() };
	}

	/**
	 * "Forslag til vedtak", "Innstilling", "Tilråding" propose; "Vedtak", "Konklusjon",
	 * "Beslutning" decide.
	 */
	private static boolean isProposal(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		return lower.contains("forslag") || lower.contains("framlegg") || lower.contains("innstilling")
				|| lower.contains("tilråding");
	}

	/** Nothing read under this item yet: a line of the agenda list before the minutes. */
	boolean isEmpty() {
		return notes.isEmpty() && decision == null && proposal == null && feedback.isEmpty() && uncertain.isEmpty()
				&& followUps.isEmpty() && documents.isEmpty() && subItems.isEmpty() && pendingKey == null
				&& pendingFeedback == null;
	}

	/**
	 * What makes a heading the same item as an earlier one: its case number, else its
	 * label.
	 */
	String key() {
		if (key == null && sequence != null) {
			key = sequence + "/" + year;
		}
		else if (key == null && !label.isBlank()) {
			key = KEY_NOISE.matcher(label.toLowerCase(Locale.ROOT)).replaceAll("");
		}
		return key;
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
		if (hint == AgendaItemType.INFORMATION && proposal == null) {
			return hint; // "RS …: Tatt til orientering." stays an information item
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
