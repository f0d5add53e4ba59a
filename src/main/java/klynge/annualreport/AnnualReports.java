package klynge.annualreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.ClusterScope;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Access;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItemForm;
import klynge.meeting.AgendaItemType;
import klynge.meeting.ItemFiles;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.security.CurrentUser;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import klynge.shared.YearInReview;
import klynge.shared.YearInReview.Chapter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the current cluster: generate a year from every module's chapter,
 * regenerate the facts keeping the written texts, edit the texts (optimistic locking: a
 * stale version is an {@link EditConflict}), send the draft to a body as an agenda item
 * with its PDF, record the body's outcome, and publish an adopted report.
 */
@Service
class AnnualReports {

	static final int MAX_INTRODUCTION = 20_000;

	static final int MAX_TEXT = 10_000;

	private final AnnualReportRepository repository;

	private final ObjectProvider<YearInReview> modules;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	private final Meetings meetings;

	private final Agenda agenda;

	private final ItemFiles files;

	private final BodyDirectory bodies;

	private final ReportDocuments documents;

	private final MessageSource messages;

	AnnualReports(AnnualReportRepository repository, ObjectProvider<YearInReview> modules, CurrentCluster cluster,
			CurrentUser user, Meetings meetings, Agenda agenda, ItemFiles files, BodyDirectory bodies,
			ReportDocuments documents, MessageSource messages) {
		this.repository = repository;
		this.modules = modules;
		this.cluster = cluster;
		this.user = user;
		this.meetings = meetings;
		this.agenda = agenda;
		this.files = files;
		this.bodies = bodies;
		this.documents = documents;
		this.messages = messages;
	}

	List<AnnualReport> all() {
		return repository.all(cluster.id());
	}

	AnnualReport report(int year) {
		return repository.ofYear(cluster.id(), year).orElseThrow(() -> new NotFoundException("annual-report", year));
	}

	/** An adopted (or noted) report that is published; else not found. */
	AnnualReport published(int year) {
		return repository.ofYear(cluster.id(), year)
			.filter(AnnualReport::published)
			.orElseThrow(() -> new NotFoundException("annual-report", year));
	}

	/**
	 * The chapters of every module for the year, in their order, in the cluster's
	 * language.
	 */
	List<Chapter> chapters(UUID clusterId, int year, Locale locale) {
		return ClusterScope.callAs(clusterId, user.actor(),
				() -> modules.orderedStream()
					.sorted(Comparator.comparingInt(YearInReview::order))
					.map(module -> module.chapter(clusterId, year, locale))
					.flatMap(Optional::stream)
					.toList());
	}

	/**
	 * Creates the year's report from the data, or refreshes the facts of an existing one.
	 */
	@Transactional
	AnnualReport generate(int year, Integer version) {
		if (year < 2000 || year > LocalDate.now(cluster.get().zone()).getYear()) {
			throw new RuleViolation("year", "annualreport.year.invalid");
		}
		UUID clusterId = cluster.id();
		List<Chapter> chapters = chapters(clusterId, year, cluster.get().locale());
		OffsetDateTime now = OffsetDateTime.now();
		Optional<AnnualReport> existing = repository.ofYear(clusterId, year);
		if (existing.isEmpty()) {
			repository.create(clusterId, year, chapters, now);
		}
		else {
			AnnualReport report = existing.get();
			requireDraft(report);
			int expected = version == null ? report.version() : version;
			if (!repository.regenerate(clusterId, report.id(), expected, chapters, now)) {
				throw new EditConflict("annual-report", year, report.version());
			}
		}
		return report(year);
	}

	/** Saves the written texts; the generated facts stay as they are. */
	@Transactional
	AnnualReport edit(int year, int version, String introduction, Map<String, ChapterText> texts) {
		AnnualReport report = report(year);
		requireDraft(report);
		String intro = Text.blankToNull(introduction);
		if (intro != null && intro.length() > MAX_INTRODUCTION) {
			throw new RuleViolation("introduction", "annualreport.text.tooLong", MAX_INTRODUCTION);
		}
		Map<String, ChapterText> kept = new LinkedHashMap<>();
		for (Chapter chapter : report.chapters()) {
			ChapterText text = texts.get(chapter.key());
			if (text == null) {
				continue;
			}
			String before = Text.blankToNull(text.before());
			String after = Text.blankToNull(text.after());
			if ((before != null && before.length() > MAX_TEXT) || (after != null && after.length() > MAX_TEXT)) {
				throw new RuleViolation("texts", "annualreport.text.tooLong", MAX_TEXT);
			}
			if (before != null || after != null) {
				kept.put(chapter.key(), new ChapterText(before, after));
			}
		}
		if (!repository.editTexts(cluster.id(), report.id(), version, intro, kept)) {
			throw new EditConflict("annual-report", year, report(year).version());
		}
		return report(year);
	}

	/** Meetings a draft can go to: planned or summoned, from today on. */
	List<Meeting> comingMeetings() {
		LocalDate today = meetings.today();
		return meetings.between(today, LocalDate.of(2999, 12, 31))
			.stream()
			.filter(m -> m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.SUMMONED)
			.sorted(Comparator.comparing(Meeting::meetingDate))
			.toList();
	}

	List<BodySummary> bodies() {
		return bodies.bodies(cluster.id()).stream().filter(b -> b.dissolvedOn() == null).toList();
	}

	String meetingLabel(Meeting meeting) {
		return meetings.bodyName(meeting) + " " + meeting.meetingDate();
	}

	/**
	 * Puts the draft on the meeting's agenda: "Årsmelding 2022 – utkast fra
	 * Styringsgruppen", with the draft PDF as the item's document.
	 */
	@Transactional
	UUID sendToBody(int year, int version, UUID meetingId, UUID authorBodyId) {
		AnnualReport report = report(year);
		requireDraft(report);
		if (meetingId == null || comingMeetings().stream().noneMatch(m -> m.id().equals(meetingId))) {
			throw new RuleViolation("meetingId", "annualreport.send.meetingMissing");
		}
		BodySummary author = authorBodyId == null ? null
				: bodies().stream().filter(b -> b.id().equals(authorBodyId)).findFirst().orElse(null);
		if (author == null) {
			throw new RuleViolation("authorBodyId", "annualreport.send.authorMissing");
		}
		if (report.version() != version) {
			throw new EditConflict("annual-report", year, report.version());
		}
		Locale locale = cluster.get().locale();
		Meeting meeting = meetings.meeting(meetingId);
		String title = messages.getMessage("annualreport.itemTitle", new Object[] { year, author.name() }, locale);
		String decision = messages.getMessage("annualreport.itemDecision",
				new Object[] { meetings.bodyName(meeting), year }, locale);
		UUID itemId = agenda.add(meetingId, new AgendaItemForm(null, AgendaItemType.DECISION, title, null, null,
				decision, null, null, false, Access.PUBLIC, null, null, null, 0));
		byte[] pdf = documents.pdf(documents.view(cluster.get().name(), report, locale));
		String documentTitle = messages.getMessage("annualreport.documentName", new Object[] { year }, locale);
		files.upload(itemId, documentTitle, Access.PUBLIC, null,
				new BytesFile("arsmelding-" + year + "-utkast.pdf", "application/pdf", pdf));
		if (!repository.sent(cluster.id(), report.id(), version, itemId)) {
			throw new EditConflict("annual-report", year, report(year).version());
		}
		return itemId;
	}

	/** The body adopted the report or took it to note, with its vedtak. */
	@Transactional
	void settle(int year, int version, ReportStatus outcome, String decision) {
		AnnualReport report = report(year);
		if (outcome != ReportStatus.ADOPTED && outcome != ReportStatus.NOTED) {
			throw new RuleViolation("outcome", "annualreport.outcome.invalid");
		}
		String text = Text.blankToNull(decision);
		if (text != null && text.length() > MAX_TEXT) {
			throw new RuleViolation("decision", "annualreport.text.tooLong", MAX_TEXT);
		}
		if (!repository.settle(cluster.id(), report.id(), version, outcome, text)) {
			throw new EditConflict("annual-report", year, report.version());
		}
	}

	@Transactional
	void publish(int year, int version, boolean on) {
		AnnualReport report = report(year);
		if (on && !report.status().settled()) {
			throw new RuleViolation("published", "annualreport.publish.notAdopted");
		}
		if (!repository.publish(cluster.id(), report.id(), version, on)) {
			throw new EditConflict("annual-report", year, report.version());
		}
	}

	private static void requireDraft(AnnualReport report) {
		if (report.status().settled()) {
			throw new RuleViolation("status", "annualreport.settled");
		}
	}

	/** The texts of a form: chapter key → before/after. */
	static Map<String, ChapterText> texts(List<String> keys, List<String> before, List<String> after) {
		Map<String, ChapterText> texts = new LinkedHashMap<>();
		for (int i = 0; keys != null && i < keys.size(); i++) {
			texts.put(keys.get(i), new ChapterText(at(before, i), at(after, i)));
		}
		return texts;
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	/** A list for pages: every year with data up to last year, newest first. */
	List<Integer> years() {
		int last = LocalDate.now(cluster.get().zone()).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = last; y >= last - 6; y--) {
			years.add(y);
		}
		return years;
	}

}
