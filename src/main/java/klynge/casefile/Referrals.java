package klynge.casefile;

import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.MeetingStatusChanged;
import klynge.meeting.Meetings;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals from one body to another (oversendelse). Referring puts the matter in the
 * target body's backlog; when the item it was pulled into is held, the referral is
 * handled and both items join one case.
 */
@Service
public class Referrals {

	private final CaseRepository cases;

	private final BacklogRepository backlog;

	private final CaseFiles caseFiles;

	private final BodyDirectory bodies;

	private final Meetings meetings;

	private final CurrentCluster cluster;

	private final Agenda agenda;

	Referrals(CaseRepository cases, BacklogRepository backlog, CaseFiles caseFiles, BodyDirectory bodies,
			Meetings meetings, CurrentCluster cluster, Agenda agenda) {
		this.agenda = agenda;
		this.cases = cases;
		this.backlog = backlog;
		this.caseFiles = caseFiles;
		this.bodies = bodies;
		this.meetings = meetings;
		this.cluster = cluster;
	}

	@Transactional
	public UUID refer(UUID fromItemId, ReferralForm form) {
		UUID clusterId = cluster.id();
		ItemRef from = caseFiles.item(fromItemId);
		if (bodies.body(clusterId, form.toBodyId()).isEmpty()) {
			throw new RuleViolation("toBodyId", "referral.body.unknown");
		}
		if (form.toBodyId().equals(from.bodyId())) {
			throw new RuleViolation("toBodyId", "referral.body.same");
		}
		if (form.expectedMeetingId() != null) {
			Meeting expected = meetings.meeting(form.expectedMeetingId());
			if (!expected.bodyId().equals(form.toBodyId()) || !Backlog.pullable(expected)) {
				throw new RuleViolation("expectedMeetingId", "referral.expectedMeeting.otherBody");
			}
		}
		String title = klynge.shared.Text.blankToNull(form.title());
		if (title == null && agenda.item(fromItemId).type() == AgendaItemType.OTHER_BUSINESS) {
			throw new RuleViolation("title", "referral.title.required");
		}
		// the referral, its description and the backlog entry keep the item's access and
		// public title
		UUID id = cases.insertReferral(clusterId, fromItemId, form, from.exemption());
		backlog.insert(clusterId, form.toBodyId(), "REFERRAL", title == null ? from.title() : title.strip(),
				form.description(), id, null, null, null, from.exemption());
		return id;
	}

	/**
	 * The meetings a referral can name as expected: planned or summoned meetings of the
	 * other bodies, from today (or the item's date, if later) and two years on. Past
	 * meetings cannot take the matter.
	 */
	public java.util.List<Meeting> expectedMeetingChoices(ItemRef from) {
		java.time.LocalDate today = meetings.today();
		java.time.LocalDate start = from.meetingDate().isAfter(today) ? from.meetingDate() : today;
		return meetings.between(start, start.plusYears(2))
			.stream()
			.filter(Backlog::pullable)
			.filter(meeting -> !meeting.bodyId().equals(from.bodyId()))
			.toList();
	}

	public CaseRepository.ReferralRow referral(UUID id) {
		return cases.referral(cluster.id(), id).orElseThrow(() -> new NotFoundException("referral", id));
	}

	/**
	 * A meeting held: referrals whose matter was scheduled into it are handled there, and
	 * the referring and the handling item join one case. Runs in the status change's
	 * transaction.
	 */
	@EventListener
	void on(MeetingStatusChanged event) {
		if (event.to() != MeetingStatus.HELD) {
			return;
		}
		UUID clusterId = event.clusterId();
		for (CaseRepository.ReferralRow referral : cases.scheduledInto(clusterId, event.meetingId())) {
			UUID caseId = caseFiles.join(clusterId, referral.fromItemId(), referral.scheduledItemId());
			cases.referralHandled(clusterId, referral.id(), referral.scheduledItemId(), caseId);
		}
	}

}
