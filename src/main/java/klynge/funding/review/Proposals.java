package klynge.funding.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.funding.review.ReviewRepository.CallRow;
import klynge.meeting.Access;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemForm;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's proposal (the ranked list with proposed amounts) becomes an agenda item
 * of the deciding body: a new decision item on a coming meeting, or an item already
 * there. What the item carries is a snapshot (titles, organisations, score, amount), so
 * later changes of the review do not rewrite a summons already sent; pressing again
 * refreshes it.
 */
@Service
public class Proposals {

	private final Reviews reviews;

	private final ReviewRepository repository;

	private final ProposalRepository proposals;

	private final Meetings meetings;

	private final Agenda agenda;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	Proposals(Reviews reviews, ReviewRepository repository, ProposalRepository proposals, Meetings meetings,
			Agenda agenda, CurrentCluster cluster, MessageSource messages) {
		this.reviews = reviews;
		this.repository = repository;
		this.proposals = proposals;
		this.meetings = meetings;
		this.agenda = agenda;
		this.cluster = cluster;
		this.messages = messages;
	}

	/** The deciding body's meetings still to come, where the proposal may go. */
	public List<Meeting> comingMeetings(CallRow call) {
		if (call.decidingBodyId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(cluster.get().zone());
		return meetings.ofBody(call.decidingBodyId())
			.stream()
			.filter(m -> m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.SUMMONED)
			.filter(m -> !m.meetingDate().isBefore(today))
			.toList();
	}

	/**
	 * Puts the proposal under a new item of {@code meetingId}, or under {@code itemId}
	 * when given (an item of a coming meeting of the deciding body). Returns the item.
	 */
	@Transactional
	public UUID propose(UUID callId, UUID meetingId, UUID itemId) {
		CallRow call = reviews.requireAssigner(callId);
		UUID clusterId = cluster.id();
		List<Meeting> coming = comingMeetings(call);
		UUID target;
		if (itemId != null) {
			AgendaItem item = agenda.item(itemId);
			if (coming.stream().noneMatch(m -> m.id().equals(item.meetingId()))) {
				throw new RuleViolation("itemId", "review.proposal.meeting.invalid");
			}
			target = itemId;
		}
		else {
			if (meetingId == null || coming.stream().noneMatch(m -> m.id().equals(meetingId))) {
				throw new RuleViolation("meetingId", "review.proposal.meeting.invalid");
			}
			Locale locale = LocaleContextHolder.getLocale();
			String title = messages.getMessage("review.proposal.itemTitle", new Object[] { call.title() }, locale);
			String decision = messages.getMessage("review.proposal.itemDecision", null, locale);
			target = agenda.add(meetingId, new AgendaItemForm(null, AgendaItemType.DECISION, title, null, null,
					decision, null, null, false, Access.PUBLIC, null, null, null, 0));
		}
		List<ProposalRepository.Line> lines = reviews.ranking(call, repository.submitted(clusterId, callId))
			.stream()
			.filter(row -> row.rank() != null)
			.map(row -> new ProposalRepository.Line(row.applicationId(), row.rank(), row.candidate().title(),
					row.candidate().organisations(), lead(clusterId, row.applicationId()), row.score(), row.reviews(),
					row.candidate().applied(), row.proposed()))
			.toList();
		proposals.replace(clusterId, callId, target, call.fundAmount(), lines, reviews.user().username());
		return target;
	}

	private String lead(UUID clusterId, UUID applicationId) {
		return repository.organisations(clusterId, applicationId)
			.stream()
			.filter(o -> "LEAD".equals(o.role()))
			.map(ReviewRepository.OrganisationRow::name)
			.findFirst()
			.orElse("");
	}

}
