package klynge.poll;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Date polls as JSON for staff (HTTP Basic): list, create, propose and remove options,
 * invite and remove invitees by e-mail, send the invitations and reminders, read the
 * results and close. No token is ever part of an answer; answering is the personal link's
 * page.
 */
@Tag(name = "Polls")
@RestController
@RequestMapping("/api/v1/polls")
class PollApi {

	record OptionJson(UUID id, LocalDate date, LocalTime startsAt, LocalTime endsAt, boolean chosen) {
	}

	record SlotJson(UUID id, String label, UUID meetingId, List<OptionJson> options) {
	}

	record InviteeJson(UUID id, UUID personId, UUID deputyForPersonId, String name, String email,
			OffsetDateTime invitedAt) {

		static InviteeJson of(Invitee i) {
			return new InviteeJson(i.id(), i.personId(), i.deputyForPersonId(), i.name(), i.email(), i.invitedAt());
		}
	}

	record PollJson(UUID id, UUID bodyId, String body, String title, String description, PollStatus status,
			boolean showNames, LocalDate answerBy, OffsetDateTime createdAt, OffsetDateTime closedAt,
			List<SlotJson> slots, List<InviteeJson> invitees) {

		static PollJson of(Poll p) {
			return new PollJson(p.id(), p.bodyId(), p.bodyName(), p.title(), p.description(), p.status(), p.showNames(),
					p.answerBy(), p.createdAt(), p.closedAt(),
					p.slots()
						.stream()
						.map(s -> new SlotJson(s.id(), s.label(), s.meetingId(),
								s.options()
									.stream()
									.map(o -> new OptionJson(o.id(), o.date(), o.startsAt(), o.endsAt(), o.chosen()))
									.toList()))
						.toList(),
					p.invitees().stream().map(InviteeJson::of).toList());
		}
	}

	/** Per option: the counts, and whether it is its slot's best. */
	record TallyJson(UUID optionId, UUID slotId, LocalDate date, LocalTime startsAt, int yes, int ifNeedBe, int no,
			int unanswered, boolean best) {
	}

	/** Per invitee: the answer by option id (missing: not answered). */
	record RowJson(UUID inviteeId, String name, Map<UUID, AnswerChoice> answers) {
	}

	record ResultsJson(UUID pollId, PollStatus status, int invitees, int answered, List<TallyJson> options,
			List<RowJson> rows) {
	}

	record SentJson(int sent, List<String> names) {
	}

	/**
	 * @param chosen option id by slot id, one per slot
	 */
	record CloseRequest(Map<UUID, UUID> chosen) {
	}

	record ClosedJson(UUID pollId, List<UUID> meetings) {
	}

	private final Polls polls;

	private final MessageSource messages;

	PollApi(Polls polls, MessageSource messages) {
		this.polls = polls;
		this.messages = messages;
	}

	@Operation(summary = "Every poll of the cluster")
	@GetMapping
	List<PollJson> list() {
		return polls.polls().stream().map(PollJson::of).toList();
	}

	@Operation(summary = "Creates a poll; with a body, its members and deputies are invited")
	@PostMapping
	ResponseEntity<PollJson> create(@RequestBody PollForm form) {
		UUID id = polls.create(form);
		return ResponseEntity.created(URI.create("/api/v1/polls/" + id)).body(PollJson.of(polls.get(id)));
	}

	@Operation(summary = "One poll with its slots, options and invitees")
	@GetMapping("/{id}")
	PollJson get(@PathVariable UUID id) {
		return PollJson.of(polls.get(id));
	}

	@Operation(summary = "Proposes a time for one slot (day, start and end, Europe/Oslo)")
	@PostMapping("/{id}/options")
	ResponseEntity<PollJson> addOption(@PathVariable UUID id, @RequestBody OptionForm form) {
		polls.addOption(id, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(PollJson.of(polls.get(id)));
	}

	@Operation(summary = "Invites someone by name and e-mail address")
	@PostMapping("/{id}/invitees")
	ResponseEntity<PollJson> addInvitee(@PathVariable UUID id, @RequestBody InviteeForm form) {
		polls.addInvitee(id, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(PollJson.of(polls.get(id)));
	}

	@Operation(summary = "Removes a proposed time while the poll is open; the answers to it go with it "
			+ "(409 on a closed poll)")
	@DeleteMapping("/{id}/options/{optionId}")
	PollJson removeOption(@PathVariable UUID id, @PathVariable UUID optionId) {
		polls.removeOption(id, optionId);
		return PollJson.of(polls.get(id));
	}

	@Operation(summary = "Removes an invitee while the poll is open, with their answers and link "
			+ "(409 on a closed poll)")
	@DeleteMapping("/{id}/invitees/{inviteeId}")
	PollJson removeInvitee(@PathVariable UUID id, @PathVariable UUID inviteeId) {
		polls.removeInvitee(id, inviteeId);
		return PollJson.of(polls.get(id));
	}

	@Operation(summary = "Mails every invitee not invited yet a personal link")
	@PostMapping("/{id}/invitations")
	SentJson invite(@PathVariable UUID id) {
		List<Invitee> sent = polls.sendInvitations(id);
		return new SentJson(sent.size(), sent.stream().map(Invitee::name).toList());
	}

	@Operation(summary = "Reminds those invited who have not answered (not twice a day)")
	@PostMapping("/{id}/reminders")
	SentJson remind(@PathVariable UUID id) {
		List<Invitee> sent = polls.remind(id);
		return new SentJson(sent.size(), sent.stream().map(Invitee::name).toList());
	}

	@Operation(summary = "The results matrix: counts per option, the best option per slot, each invitee's answers")
	@GetMapping("/{id}/results")
	ResultsJson results(@PathVariable UUID id) {
		Poll poll = polls.get(id);
		PollResults results = poll.results();
		List<TallyJson> tallies = poll.options().stream().map(o -> {
			PollResults.Tally t = results.tally(o.id());
			return new TallyJson(o.id(), o.slotId(), o.date(), o.startsAt(), t.yes(), t.ifNeedBe(), t.no(),
					t.unanswered(), results.isBest(o.id()));
		}).toList();
		List<RowJson> rows = results.rows()
			.stream()
			.map(r -> new RowJson(r.invitee().id(), r.invitee().name(), r.answers()))
			.toList();
		return new ResultsJson(poll.id(), poll.status(), poll.invitees().size(), results.answeredCount(), tallies,
				rows);
	}

	@Operation(summary = "Closes the poll: each slot's chosen option becomes a meeting of the body, "
			+ "and every invitee is mailed a calendar invitation")
	@PostMapping("/{id}/close")
	ClosedJson close(@PathVariable UUID id, @RequestBody(required = false) CloseRequest body) {
		Map<UUID, UUID> chosen = body == null || body.chosen() == null ? Map.of() : body.chosen();
		return new ClosedJson(id, polls.close(id, chosen));
	}

	@ExceptionHandler(PollClosed.class)
	ProblemDetail closed(PollClosed closed, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("poll.closedRefusal", null, locale));
		problem.setType(URI.create("urn:klynge:problem:poll.closed"));
		return problem;
	}

}
