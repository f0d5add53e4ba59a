package klynge.minutes;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.meeting.OutOfTime;
import klynge.meeting.Viewer;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' and staff's comments on minutes that are not yet approved. */
@Service
public class MinutesComments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final MinutesRepository repository;

	private final MinutesService reading;

	private final MinutesGuard guard;

	private final Agenda agenda;

	private final CurrentCluster cluster;

	private final Meetings meetings;

	private final MinutesEditing editing;

	private final OrganisationDirectory registry;

	MinutesComments(MinutesRepository repository, MinutesService reading, MinutesGuard guard, Agenda agenda,
			CurrentCluster cluster, Meetings meetings, MinutesEditing editing, OrganisationDirectory registry) {
		this.meetings = meetings;
		this.editing = editing;
		this.registry = registry;
		this.repository = repository;
		this.reading = reading;
		this.guard = guard;
		this.agenda = agenda;
		this.cluster = cluster;
	}

	/**
	 * A member's (or staff's) comment on an item while the minutes are not approved.
	 * @return whether the comment came after the comment deadline: accepted and marked,
	 * and the commenter told, where the body warns; refused where the body refuses late
	 * comments
	 */
	@Transactional
	public boolean comment(UUID minutesId, UUID itemId, String text) {
		UUID clusterId = cluster.id();
		Minutes minutes = reading.minutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		if (!viewer.staff() && !viewer.bodyMember()) {
			if (!viewer.loggedIn()) {
				throw new NotFoundException("minutes", minutesId);
			}
			throw new AccessDeniedException("only members and staff comment");
		}
		if (!minutes.status().editable()) {
			throw new RuleViolation("text", "minutes.locked");
		}
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "minutes.comment.required");
		}
		if (text.length() > 5000) {
			throw new RuleViolation("text", "minutes.comment.tooLong");
		}
		if (itemId != null) {
			AgendaItem item = agenda.item(itemId);
			if (!item.meetingId().equals(minutes.meetingId()) || !viewer.maySee(item.exemption(), reading.today())) {
				throw new NotFoundException("item", itemId);
			}
		}
		boolean late = minutes.pastCommentDeadline(reading.today());
		if (late && meetings.settings(meetings.meeting(minutes.meetingId()).bodyId()).outOfTime() == OutOfTime.REFUSE) {
			throw new RuleViolation("text", "minutes.comment.afterDeadline", DAY.format(minutes.commentDeadline()));
		}
		repository.comment(clusterId, minutesId, itemId, guard.username(), viewer.personId(), text.strip(), late);
		return late;
	}

	// --- the conversation
	// ---------------------------------------------------------------------------

	/** What became of a comment, as its writer sees it. */
	public enum Outcome {

		OPEN, ANSWERED, HANDLED, APPLIED;

		public String messageKey() {
			return "minutes.comment.outcome." + name();
		}

	}

	/**
	 * Something said in a conversation, by a person named as people know them: name,
	 * organisation and time (the username only for an account without a person).
	 */
	public record Said(String name, String organisation, OffsetDateTime at, String when, String text) {
	}

	/**
	 * A comment with its thread, for the conversation page and under the item.
	 *
	 * @param itemLabel "03-23 Title" of the item commented on, or null for the minutes as
	 * a whole
	 * @param mayAnswer staff, or the commenter answering back
	 * @param mayHandle staff
	 * @param mayApply staff, while the draft is open and the comment is on an item
	 */
	public record Conversation(MinutesComment comment, Said said, List<Said> replies, Outcome outcome, Said answer,
			UUID meetingId, String meetingLabel, String itemLabel, String handledBy, String appliedBy,
			boolean mayAnswer, boolean mayHandle, boolean mayApply) {

		public UUID id() {
			return comment.id();
		}

		public UUID minutesId() {
			return comment.minutesId();
		}

	}

	/**
	 * A comment of the person's and what became of it, for their start page.
	 *
	 * @param href the conversation page
	 */
	public record CommentOutcome(UUID commentId, UUID meetingId, String meetingLabel, String text,
			OffsetDateTime createdAt, Outcome outcome, Said answer, String href) {
	}

	/**
	 * The comments a person wrote (newest first, at most 20) and what became of each:
	 * answered (with the answer), handled, or led to a change of the draft. Only the
	 * person's own comments, in the current cluster.
	 */
	@Transactional(readOnly = true)
	public List<CommentOutcome> mineWithOutcome(UUID personId) {
		if (personId == null) {
			return List.of();
		}
		UUID clusterId = cluster.id();
		List<MinutesComment> mine = repository.commentsBy(clusterId, personId, 20);
		Map<UUID, List<MinutesCommentReply>> replies = repository
			.repliesTo(clusterId, mine.stream().map(MinutesComment::id).toList())
			.stream()
			.collect(Collectors.groupingBy(MinutesCommentReply::commentId));
		List<CommentOutcome> outcomes = new ArrayList<>();
		for (MinutesComment c : mine) {
			Minutes minutes = reading.minutes(c.minutesId());
			Meeting meeting = meetings.meeting(minutes.meetingId());
			List<MinutesCommentReply> thread = replies.getOrDefault(c.id(), List.of());
			Optional<MinutesCommentReply> answer = answerTo(c, thread);
			outcomes.add(new CommentOutcome(c.id(), meeting.id(), meetingLabel(meeting), c.text(), c.createdAt(),
					outcome(c, answer.isPresent()), answer.map(this::said).orElse(null),
					"/minutes/" + c.minutesId() + "/comments/" + c.id()));
		}
		return outcomes;
	}

	/** The comments of some minutes with their threads, as the viewer may see them. */
	@Transactional(readOnly = true)
	public List<Conversation> conversations(Minutes minutes, Viewer viewer) {
		UUID clusterId = cluster.id();
		Map<UUID, List<MinutesCommentReply>> replies = repository.replies(clusterId, minutes.id())
			.stream()
			.collect(Collectors.groupingBy(MinutesCommentReply::commentId));
		Meeting meeting = meetings.meeting(minutes.meetingId());
		List<Conversation> shown = new ArrayList<>();
		for (MinutesComment c : repository.comments(clusterId, minutes.id())) {
			if (maySee(c, viewer)) {
				shown.add(conversation(minutes, meeting, c, replies.getOrDefault(c.id(), List.of()), viewer));
			}
		}
		return shown;
	}

	/** One comment's conversation; not found for anyone who may not see it. */
	@Transactional(readOnly = true)
	public Conversation conversation(UUID minutesId, UUID commentId) {
		Minutes minutes = reading.minutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		MinutesComment c = visibleComment(minutes, commentId, viewer);
		return conversation(minutes, meetings.meeting(minutes.meetingId()), c,
				repository.repliesTo(cluster.id(), List.of(c.id())), viewer);
	}

	/** An answer in the thread: by staff, or by the commenter answering back. */
	@Transactional
	public void reply(UUID minutesId, UUID commentId, String text) {
		Minutes minutes = reading.minutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		MinutesComment c = visibleComment(minutes, commentId, viewer);
		if (!viewer.staff() && !isCommenter(c, viewer)) {
			throw new AccessDeniedException("staff and the commenter answer");
		}
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "minutes.comment.reply.required");
		}
		if (text.length() > 5000) {
			throw new RuleViolation("text", "minutes.comment.tooLong");
		}
		repository.reply(cluster.id(), c.id(), guard.username(), viewer.personId(), text.strip());
	}

	/** The secretariat marks a comment handled (nothing to change, or done by hand). */
	@Transactional
	public void markHandled(UUID minutesId, UUID commentId) {
		Minutes minutes = reading.minutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		MinutesComment c = visibleComment(minutes, commentId, viewer);
		guard.requireStaff();
		repository.markHandled(cluster.id(), c.id(), guard.username());
	}

	/**
	 * The draft text of the comment's item with the comment's suggestion added, for the
	 * secretariat to edit before applying.
	 */
	@Transactional(readOnly = true)
	public ItemMinutesForm suggestion(UUID minutesId, UUID commentId) {
		MinutesComment c = applicable(minutesId, commentId);
		ItemMinutesForm now = ItemMinutesForm.of(reading.itemMinutes(c.itemId()).orElse(null));
		String notes = now.notes() == null || now.notes().isBlank() ? c.text()
				: now.notes().strip() + "\n\n" + c.text();
		return new ItemMinutesForm(notes, now.feedbackHeading(), now.feedback(), now.decision(), now.version());
	}

	/**
	 * Saves the item's draft as edited from the comment and records that the comment led
	 * to a change; a stale version is an {@link EditConflict} and records nothing.
	 * @return the item changed
	 */
	@Transactional
	public UUID apply(UUID minutesId, UUID commentId, ItemMinutesForm form) {
		MinutesComment c = applicable(minutesId, commentId);
		editing.save(c.itemId(), form);
		repository.markApplied(cluster.id(), c.id(), guard.username());
		return c.itemId();
	}

	/**
	 * The comment as the secretariat may apply it: on an item, while the draft is open.
	 */
	MinutesComment applicable(UUID minutesId, UUID commentId) {
		Minutes minutes = reading.minutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		MinutesComment c = visibleComment(minutes, commentId, viewer);
		guard.requireStaff();
		if (!minutes.status().editable()) {
			throw new RuleViolation("text", "minutes.locked");
		}
		if (c.itemId() == null) {
			throw new RuleViolation("text", "minutes.comment.apply.noItem");
		}
		return c;
	}

	private MinutesComment visibleComment(Minutes minutes, UUID commentId, Viewer viewer) {
		MinutesComment c = repository.comment(cluster.id(), commentId)
			.filter(found -> found.minutesId().equals(minutes.id()))
			.orElseThrow(() -> new NotFoundException("comment", commentId));
		if (!maySee(c, viewer)) {
			throw new NotFoundException("comment", commentId);
		}
		return c;
	}

	/**
	 * The commenter, and those who may see the draft (staff and the body's members), as
	 * far as they may see the item commented on.
	 */
	private boolean maySee(MinutesComment c, Viewer viewer) {
		if (isCommenter(c, viewer)) {
			return true;
		}
		if (!viewer.staff() && !viewer.bodyMember()) {
			return false;
		}
		return c.itemId() == null || viewer.maySee(agenda.item(c.itemId()).exemption(), reading.today());
	}

	private static boolean isCommenter(MinutesComment c, Viewer viewer) {
		return viewer.personId() != null && viewer.personId().equals(c.authorPersonId());
	}

	private Conversation conversation(Minutes minutes, Meeting meeting, MinutesComment c,
			List<MinutesCommentReply> thread, Viewer viewer) {
		Optional<MinutesCommentReply> answer = answerTo(c, thread);
		String itemLabel = null;
		if (c.itemId() != null) {
			AgendaItem item = agenda.item(c.itemId());
			AgendaItem numbered = item.caseNumber() != null ? item : agenda.item(item.parentId());
			// the commenter who has left the body sees an exempt item's public title only
			String title = viewer.titleOf(item.exemption(), item.title(), reading.today());
			itemLabel = numbered.caseNumber() + " " + title;
		}
		boolean staff = viewer.staff();
		return new Conversation(c, said(c.author(), c.authorPersonId(), c.createdAt(), c.text()),
				thread.stream().map(this::said).toList(), outcome(c, answer.isPresent()),
				answer.map(this::said).orElse(null), meeting.id(), meetingLabel(meeting), itemLabel,
				nameOfActor(c.handledBy()), nameOfActor(c.appliedBy()), staff || isCommenter(c, viewer), staff,
				staff && minutes.status().editable() && c.itemId() != null);
	}

	/** The latest answer from someone else than the commenter. */
	private static Optional<MinutesCommentReply> answerTo(MinutesComment c, List<MinutesCommentReply> thread) {
		return thread.stream()
			.filter(r -> r.authorPersonId() == null || !r.authorPersonId().equals(c.authorPersonId()))
			.max(Comparator.comparing(MinutesCommentReply::createdAt));
	}

	private static Outcome outcome(MinutesComment c, boolean answered) {
		if (c.applied()) {
			return Outcome.APPLIED;
		}
		if (c.handled()) {
			return Outcome.HANDLED;
		}
		return answered ? Outcome.ANSWERED : Outcome.OPEN;
	}

	private Said said(MinutesCommentReply r) {
		return said(r.author(), r.authorPersonId(), r.createdAt(), r.text());
	}

	private Said said(String username, UUID personId, OffsetDateTime at, String text) {
		UUID clusterId = cluster.id();
		var local = at.atZoneSameInstant(cluster.get().zone());
		Optional<PersonRef> person = personId == null ? Optional.empty() : registry.person(clusterId, personId);
		if (person.isEmpty()) {
			return new Said(guard.nameOf(username), null, at, WHEN.format(local), text);
		}
		String organisation = registry.organisationShortNameOn(clusterId, personId, local.toLocalDate());
		return new Said(person.get().name(), organisation == null || organisation.isBlank() ? null : organisation, at,
				WHEN.format(local), text);
	}

	/** The person's name for a username the rows keep, else the username. */
	private String nameOfActor(String username) {
		if (username == null) {
			return null;
		}
		return guard.nameOf(username);
	}

	private String meetingLabel(Meeting meeting) {
		return meetings.bodyName(meeting) + " " + DAY.format(meeting.meetingDate());
	}

}
