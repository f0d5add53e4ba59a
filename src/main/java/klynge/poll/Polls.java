package klynge.poll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import klynge.body.BodyDirectory;
import klynge.body.MemberRow;
import klynge.body.MembershipRole;
import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import klynge.meeting.MeetingForm;
import klynge.meeting.Meetings;
import klynge.notification.MeetingInvitations;
import klynge.organisation.OrganisationDirectory;
import klynge.security.CurrentUser;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Date polls: create (the body's members and deputies invited), propose options, invite
 * and remind by mail, take answers through the personal link, close into meetings.
 */
@Service
public class Polls {

	static final int TITLE_MAX = 300;

	static final int TEXT_MAX = 4000;

	static final int MEETINGS_MAX = 6;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

	private final PollRepository repository;

	private final PollMails mails;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final Meetings meetings;

	private final MeetingInvitations invitations;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	Polls(PollRepository repository, PollMails mails, BodyDirectory bodies, OrganisationDirectory registry,
			Meetings meetings, MeetingInvitations invitations, CurrentCluster cluster, CurrentUser user) {
		this.repository = repository;
		this.mails = mails;
		this.bodies = bodies;
		this.registry = registry;
		this.meetings = meetings;
		this.invitations = invitations;
		this.cluster = cluster;
		this.user = user;
	}

	public List<Poll> polls() {
		UUID clusterId = cluster.id();
		return repository.polls(clusterId).stream().map(row -> assemble(clusterId, row)).toList();
	}

	/** The poll, or 404 (another cluster's id too). */
	public Poll get(UUID pollId) {
		UUID clusterId = cluster.id();
		return repository.poll(clusterId, pollId)
			.map(row -> assemble(clusterId, row))
			.orElseThrow(() -> new NotFoundException("poll", pollId));
	}

	@Transactional
	public UUID create(PollForm form) {
		UUID clusterId = cluster.id();
		String title = required(form.title(), "title", "poll.title.required", TITLE_MAX);
		String description = optional(form.description(), "description", TEXT_MAX);
		int count = form.meetings() == null ? 1 : form.meetings();
		if (count < 1 || count > MEETINGS_MAX) {
			throw new RuleViolation("meetings", "poll.meetings.range", MEETINGS_MAX);
		}
		if (form.answerBy() != null && form.answerBy().isBefore(today())) {
			throw new RuleViolation("answerBy", "poll.answerBy.past");
		}
		if (form.bodyId() != null && bodies.body(clusterId, form.bodyId()).isEmpty()) {
			throw new RuleViolation("bodyId", "poll.body.unknown");
		}
		UUID pollId = repository.insertPoll(clusterId, form.bodyId(), title, description, form.answerBy(),
				form.namesShown(), user.actor());
		for (int i = 1; i <= count; i++) {
			repository.insertSlot(clusterId, pollId, slotLabel(i), i);
		}
		if (form.bodyId() != null) {
			inviteMembers(clusterId, pollId, form.bodyId());
		}
		return pollId;
	}

	/** "Møte 1": the label of the n-th slot in the cluster's language. */
	private String slotLabel(int n) {
		return switch (cluster.get().locale().getLanguage()) {
			case "en" -> "Meeting " + n;
			default -> "Møte " + n;
		};
	}

	/**
	 * The body's members today, with their deputies, once each (a person with two seats
	 * is invited once); those without an e-mail address cannot be invited.
	 */
	private void inviteMembers(UUID clusterId, UUID pollId, UUID bodyId) {
		Map<UUID, MemberRow> people = new LinkedHashMap<>();
		for (MemberRow row : bodies.membersOn(clusterId, bodyId, today())) {
			if (row.role() != MembershipRole.SECRETARIAT) {
				people.putIfAbsent(row.personId(), row);
			}
		}
		for (MemberRow row : people.values()) {
			registry.emailOf(clusterId, row.personId())
				.filter(email -> !email.isBlank())
				.ifPresent(email -> repository.insertInvitee(clusterId, pollId, row.personId(),
						row.role() == MembershipRole.DEPUTY ? row.deputyForPersonId() : null, row.name(),
						email.strip().toLowerCase(java.util.Locale.ROOT)));
		}
	}

	@Transactional
	public void addOption(UUID pollId, OptionForm form) {
		UUID clusterId = cluster.id();
		Poll poll = lockedOpen(clusterId, pollId);
		if (form.slotId() == null || poll.slot(form.slotId()).isEmpty()) {
			throw new RuleViolation("slotId", "poll.option.slot.invalid");
		}
		if (form.date() == null) {
			throw new RuleViolation("date", "poll.option.date.required");
		}
		if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
			throw new RuleViolation("endsAt", "poll.option.times");
		}
		if (!repository.insertOption(clusterId, pollId, form.slotId(), form.date(), form.startsAt(), form.endsAt())) {
			throw new RuleViolation("date", "poll.option.duplicate");
		}
	}

	@Transactional
	public void removeOption(UUID pollId, UUID optionId) {
		UUID clusterId = cluster.id();
		Poll poll = lockedOpen(clusterId, pollId);
		poll.option(optionId).orElseThrow(() -> new NotFoundException("poll option", optionId));
		repository.deleteOption(clusterId, pollId, optionId);
	}

	@Transactional
	public UUID addInvitee(UUID pollId, InviteeForm form) {
		UUID clusterId = cluster.id();
		lockedOpen(clusterId, pollId);
		String name = required(form.name(), "name", "poll.invitee.name", 200);
		String email = form.email() == null ? "" : form.email().strip().toLowerCase(java.util.Locale.ROOT);
		if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			throw new RuleViolation("email", "poll.invitee.email");
		}
		return repository.insertInvitee(clusterId, pollId, null, null, name, email)
			.orElseThrow(() -> new RuleViolation("email", "poll.invitee.duplicate", email));
	}

	@Transactional
	public void removeInvitee(UUID pollId, UUID inviteeId) {
		UUID clusterId = cluster.id();
		Poll poll = lockedOpen(clusterId, pollId);
		poll.invitee(inviteeId).orElseThrow(() -> new NotFoundException("poll invitee", inviteeId));
		repository.deleteInvitee(clusterId, pollId, inviteeId);
	}

	/**
	 * Mails each invitee not invited yet a personal link.
	 * @return those invited now
	 */
	@Transactional
	public List<Invitee> sendInvitations(UUID pollId) {
		UUID clusterId = cluster.id();
		Poll poll = lockedOpen(clusterId, pollId);
		if (poll.options().isEmpty() || poll.slots().stream().anyMatch(slot -> slot.options().isEmpty())) {
			throw new RuleViolation(null, "poll.invite.noOptions");
		}
		Cluster current = cluster.get();
		List<Invitee> invited = new ArrayList<>();
		for (Invitee invitee : poll.invitees()) {
			if (!invitee.invited()) {
				mails.invitation(current, poll, invitee, newLink(clusterId, invitee.id()));
				repository.markInvited(clusterId, invitee.id());
				invited.add(invitee);
			}
		}
		if (invited.isEmpty()) {
			throw new RuleViolation(null, "poll.invite.none");
		}
		return invited;
	}

	/** Who a reminder now would go to: invited, and no answer yet. */
	public List<Invitee> remindable(UUID pollId) {
		Poll poll = get(pollId);
		return poll.open() ? poll.results().unanswered().stream().filter(Invitee::invited).toList() : List.of();
	}

	/**
	 * Reminds those invited who have not answered, at most once a day each.
	 * @return those reminded now
	 */
	@Transactional
	public List<Invitee> remind(UUID pollId) {
		UUID clusterId = cluster.id();
		return remind(clusterId, lockedOpen(clusterId, pollId), today());
	}

	/**
	 * The daily job: open polls whose answer-by date is within {@code daysBefore} days
	 * (or today). Needs the cluster's scope.
	 * @return the number of reminders sent
	 */
	@Transactional
	public int remindDue(LocalDate today, int daysBefore) {
		UUID clusterId = cluster.id();
		int sent = 0;
		for (UUID pollId : repository.openPollsDueBy(clusterId, today, today.plusDays(daysBefore))) {
			sent += remind(clusterId, lockedOpen(clusterId, pollId), today).size();
		}
		return sent;
	}

	private List<Invitee> remind(UUID clusterId, Poll poll, LocalDate today) {
		Cluster current = cluster.get();
		List<Invitee> reminded = new ArrayList<>();
		for (Invitee invitee : poll.results().unanswered()) {
			if (invitee.invited() && repository.insertReminder(clusterId, invitee.id(), today, user.actor())) {
				mails.reminder(current, poll, invitee, newLink(clusterId, invitee.id()));
				reminded.add(invitee);
			}
		}
		return reminded;
	}

	private String newLink(UUID clusterId, UUID inviteeId) {
		String token = SecretTokens.newToken();
		repository.insertLink(clusterId, inviteeId, SecretTokens.hash(token));
		return token;
	}

	/** What a personal link opens: the poll and whose link it is. */
	public record Answering(Poll poll, Invitee invitee) {

		public Map<UUID, AnswerChoice> mine() {
			return poll.results()
				.rows()
				.stream()
				.filter(row -> row.invitee().id().equals(invitee.id()))
				.findFirst()
				.map(PollResults.Row::answers)
				.orElse(Map.of());
		}

	}

	/**
	 * The poll of a personal link in this cluster; 404 for an unknown or garbled token.
	 */
	public Answering answering(String token) {
		UUID clusterId = cluster.id();
		PollRepository.InviteeLink link = token == null || token.length() > 100 ? null
				: repository.byTokenHash(clusterId, SecretTokens.hash(token)).orElse(null);
		if (link == null) {
			throw new NotFoundException("poll link", "?");
		}
		Poll poll = get(link.pollId());
		return new Answering(poll, poll.invitee(link.inviteeId()).orElseThrow());
	}

	/**
	 * Saves the invitee's answers (raw form values by option id); a closed poll refuses
	 * (PollClosed), an option of another poll or a garbled answer is a rule violation.
	 */
	@Transactional
	public Answering answer(String token, Map<UUID, String> choices) {
		UUID clusterId = cluster.id();
		Answering answering = answering(token);
		Poll poll = lockedOpen(clusterId, answering.poll().id());
		Map<UUID, AnswerChoice> parsed = parse(poll, choices);
		parsed.forEach(
				(optionId, choice) -> repository.saveAnswer(clusterId, answering.invitee().id(), optionId, choice));
		return answering(token);
	}

	static Map<UUID, AnswerChoice> parse(Poll poll, Map<UUID, String> choices) {
		if (choices.isEmpty()) {
			throw new RuleViolation(null, "poll.answer.none.chosen");
		}
		Map<UUID, AnswerChoice> parsed = new HashMap<>();
		choices.forEach((optionId, value) -> {
			AnswerChoice choice = AnswerChoice.parse(value);
			if (poll.option(optionId).isEmpty() || choice == null) {
				throw new RuleViolation(null, "poll.answer.invalid");
			}
			parsed.put(optionId, choice);
		});
		return parsed;
	}

	/**
	 * Closes the poll: the chosen option of every slot becomes a meeting of the body
	 * (planned, its summons list filled from the body's members), and every invitee gets
	 * a calendar invitation for each.
	 * @param chosen option id by slot id
	 * @return the meetings made, in slot order
	 */
	@Transactional
	public List<UUID> close(UUID pollId, Map<UUID, UUID> chosen) {
		UUID clusterId = cluster.id();
		Poll poll = lockedOpen(clusterId, pollId);
		if (poll.bodyId() == null) {
			throw new RuleViolation(null, "poll.close.noBody");
		}
		List<PollOption> picks = new ArrayList<>();
		for (PollSlot slot : poll.slots()) {
			UUID optionId = chosen.get(slot.id());
			PollOption option = optionId == null ? null
					: slot.options().stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
			if (option == null) {
				throw new RuleViolation("slot-" + slot.id(), "poll.close.choose", slot.label());
			}
			picks.add(option);
		}
		List<UUID> made = new ArrayList<>();
		for (int i = 0; i < picks.size(); i++) {
			PollOption option = picks.get(i);
			UUID meetingId = meetings.plan(new MeetingForm(poll.bodyId(), option.date(), option.startsAt(),
					option.endsAt(), null, null, null, null, null, 0));
			repository.setMeeting(clusterId, poll.slots().get(i).id(), meetingId);
			repository.choose(clusterId, option.id());
			made.add(meetingId);
		}
		repository.close(clusterId, pollId);
		Cluster current = cluster.get();
		for (int i = 0; i < picks.size(); i++) {
			for (Invitee invitee : poll.invitees()) {
				byte[] ics = invitations.invitation(made.get(i), invitee.email(), invitee.name());
				mails.chosen(current, poll, poll.slots().get(i), picks.get(i), made.get(i), invitee, ics,
						MeetingInvitations.CONTENT_TYPE);
			}
		}
		return made;
	}

	/** Locks the poll and reads it; a closed one refuses. */
	private Poll lockedOpen(UUID clusterId, UUID pollId) {
		repository.lockStatus(clusterId, pollId).orElseThrow(() -> new NotFoundException("poll", pollId));
		Poll poll = get(pollId);
		poll.requireOpen();
		return poll;
	}

	private LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	private Poll assemble(UUID clusterId, PollRepository.PollRow row) {
		List<PollOption> options = repository.options(clusterId, row.id());
		List<PollSlot> slots = repository.slots(clusterId, row.id())
			.stream()
			.map(slot -> new PollSlot(slot.id(), slot.label(), slot.sortOrder(), slot.meetingId(),
					options.stream().filter(option -> option.slotId().equals(slot.id())).toList()))
			.toList();
		String bodyName = row.bodyId() == null ? null
				: bodies.body(clusterId, row.bodyId()).map(klynge.body.BodySummary::name).orElse(null);
		return new Poll(row.id(), row.bodyId(), bodyName, row.title(), row.description(), row.status(), row.showNames(),
				row.answerBy(), row.createdAt(), row.closedAt(), slots, repository.invitees(clusterId, row.id()),
				repository.answers(clusterId, row.id()));
	}

	private static String required(String value, String field, String key, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new RuleViolation(field, key);
		}
		if (text.length() > max) {
			throw new RuleViolation(field, "poll.text.tooLong", max);
		}
		return text;
	}

	private static String optional(String value, String field, int max) {
		String text = value == null ? "" : value.strip();
		if (text.length() > max) {
			throw new RuleViolation(field, "poll.text.tooLong", max);
		}
		return text.isEmpty() ? null : text;
	}

}
