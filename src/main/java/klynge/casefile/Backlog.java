package klynge.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItemForm;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Exemption;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingAccess;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's agenda backlog: referred matters, members' proposals ("meld sak") and what
 * other modules offer (open follow-ups). Staff pull an entry into a meeting or dismiss
 * it; members and staff may propose.
 */
@Service
public class Backlog {

	private final BacklogRepository entries;

	private final CaseRepository cases;

	private final CaseFiles caseFiles;

	private final List<BacklogSource> sources;

	private final Agenda agenda;

	private final Meetings meetings;

	private final MeetingAccess access;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	Backlog(BacklogRepository entries, CaseRepository cases, CaseFiles caseFiles, List<BacklogSource> sources,
			Agenda agenda, Meetings meetings, MeetingAccess access, BodyDirectory bodies, CurrentCluster cluster,
			CurrentUser currentUser) {
		this.entries = entries;
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.sources = sources;
		this.agenda = agenda;
		this.meetings = meetings;
		this.access = access;
		this.bodies = bodies;
		this.cluster = cluster;
		this.currentUser = currentUser;
	}

	/**
	 * The backlog as its page shows it; {@code meetings} are those an entry can be pulled
	 * into.
	 */
	public record View(BodySummary body, List<BacklogEntry> entries, List<BacklogCandidate> candidates,
			List<Meeting> meetings, Viewer viewer, java.util.Map<UUID, Origin> origins) {

		/**
		 * Where a referred entry came from, for "Oversendt fra Partnermøtet 27.03.2023,
		 * sak 05-23".
		 */
		public Origin originOf(BacklogEntry entry) {
			return origins.get(entry.id());
		}
	}

	/** The item a referral came from, as a link back to it on its meeting page. */
	public record Origin(String bodyName, LocalDate meetingDate, String caseLabel, UUID meetingId, String anchor) {
	}

	/** What to pull: a stored entry, or a candidate of a source by its key. */
	public record Pull(UUID entryId, String source, UUID key, UUID meetingId) {
	}

	public View view(UUID bodyId) {
		Viewer viewer = requireReader(bodyId);
		UUID clusterId = cluster.id();
		BodySummary body = body(bodyId);
		LocalDate today = LocalDate.now(cluster.get().zone());
		List<BacklogEntry> visible = entries.open(clusterId, bodyId)
			.stream()
			.map(entry -> viewer.maySee(entry.exemption(), today) ? entry : entry.hiddenView())
			.toList();
		java.util.Map<UUID, Origin> origins = new java.util.HashMap<>();
		for (BacklogEntry entry : visible) {
			if (!entry.hidden() && entry.referralId() != null) {
				cases.referral(clusterId, entry.referralId())
					.flatMap(referral -> cases.item(clusterId, referral.fromItemId()))
					.ifPresent(from -> origins.put(entry.id(),
							new Origin(bodies.nameOn(clusterId, from.bodyId(), from.meetingDate()), from.meetingDate(),
									from.caseLabel(), from.meetingId(), from.anchor())));
			}
		}
		return new View(body, visible, candidates(clusterId, bodyId), openMeetings(bodyId), viewer, origins);
	}

	@Transactional
	public UUID propose(UUID bodyId, ProposalForm form) {
		requireReader(bodyId);
		return entries.insert(cluster.id(), bodyId, "PROPOSAL", form.title().trim(),
				Text.blankToNull(form.description()), null, null, proposer(), null, Exemption.PUBLIC);
	}

	/**
	 * Creates the item in the chosen meeting and marks the entry scheduled; a referral
	 * follows it.
	 */
	@Transactional
	public UUID pull(UUID bodyId, Pull pull) {
		UUID clusterId = cluster.id();
		body(bodyId);
		if (pull.meetingId() == null) {
			throw new RuleViolation("meetingId", "backlog.meeting.required");
		}
		Meeting meeting = meetings.meeting(pull.meetingId());
		if (!meeting.bodyId().equals(bodyId) || !pullable(meeting)) {
			throw new RuleViolation("meetingId", "backlog.meeting.invalid");
		}
		BacklogEntry entry = pull.entryId() != null ? entry(bodyId, pull.entryId())
				: fromCandidate(clusterId, bodyId, pull);
		if (!entry.open()) {
			throw new RuleViolation(null, "backlog.entry.notOpen");
		}
		// the item keeps the access of what the entry came from: an exempt matter stays
		// exempt
		Exemption exemption = entry.exemption();
		UUID itemId = agenda.add(meeting.id(),
				new AgendaItemForm(null, AgendaItemType.DISCUSSION, entry.title(), null, null, null, null, null, false,
						exemption.access(), exemption.legalBasis(), exemption.publicTitle(), exemption.endsOn(), 0));
		entries.schedule(clusterId, entry.id(), itemId);
		if (entry.referralId() != null) {
			CaseRepository.ReferralRow referral = cases.referral(clusterId, entry.referralId()).orElseThrow();
			if (referral.toBodyId().equals(bodyId)) {
				cases.referralScheduled(clusterId, referral.id());
			}
			else {
				// the matter returning to the referring body joins the referral's case
				// right away
				caseFiles.join(clusterId, referral.fromItemId(), itemId);
			}
		}
		return itemId;
	}

	@Transactional
	public void dismiss(UUID bodyId, UUID entryId) {
		entry(bodyId, entryId);
		if (!entries.dismiss(cluster.id(), entryId)) {
			throw new RuleViolation(null, "backlog.entry.notOpen");
		}
	}

	@Transactional
	public void dismissCandidate(UUID bodyId, String source, UUID key) {
		BacklogEntry entry = fromCandidate(cluster.id(), bodyId, new Pull(null, source, key, null));
		entries.dismiss(cluster.id(), entry.id());
	}

	public List<Meeting> openMeetings(UUID bodyId) {
		return meetings.ofBody(bodyId).stream().filter(Backlog::pullable).toList().reversed();
	}

	static boolean pullable(Meeting meeting) {
		return meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.SUMMONED;
	}

	private BacklogEntry fromCandidate(UUID clusterId, UUID bodyId, Pull pull) {
		var existing = entries.forFollowUp(clusterId, bodyId, pull.key());
		if (existing.isPresent()) {
			return existing.get();
		}
		BacklogCandidate candidate = candidates(clusterId, bodyId).stream()
			.filter(c -> c.source().equals(pull.source()) && c.key().equals(pull.key()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("backlogCandidate", pull.key()));
		UUID id = entries.insert(clusterId, bodyId, "FOLLOW_UP", candidate.title(), candidate.description(), null,
				candidate.key(), null, null, candidate.exemption());
		return entries.find(clusterId, id).orElseThrow();
	}

	private List<BacklogCandidate> candidates(UUID clusterId, UUID bodyId) {
		Set<UUID> taken = entries.followUpsWithEntries(clusterId, bodyId);
		List<BacklogCandidate> all = new ArrayList<>();
		sources.forEach(source -> source.candidatesFor(clusterId, bodyId)
			.stream()
			.filter(c -> !taken.contains(c.key()))
			.forEach(all::add));
		return all;
	}

	private BacklogEntry entry(UUID bodyId, UUID entryId) {
		return entries.find(cluster.id(), entryId)
			.filter(e -> e.bodyId().equals(bodyId))
			.orElseThrow(() -> new NotFoundException("backlogEntry", entryId));
	}

	private BodySummary body(UUID bodyId) {
		return bodies.body(cluster.id(), bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
	}

	/**
	 * Staff and the body's members read the backlog and may propose; others are refused.
	 */
	private Viewer requireReader(UUID bodyId) {
		body(bodyId);
		Viewer viewer = access.viewerOf(bodyId, LocalDate.now(cluster.get().zone()));
		if (!viewer.staff() && !viewer.bodyMember()) {
			throw new AccessDeniedException("not a member of the body");
		}
		return viewer;
	}

	private String proposer() {
		return currentUser.get().map(LoggedIn::username).orElse(null);
	}

}
