package klynge.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.ItemVisibility;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPageContributor;
import klynge.meeting.MeetingPagePart;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/**
 * Under an item: "Del av saken: …", "Oversendt til …" and the links between a referring and a
 * handling item. A link to an item the viewer may not see is left out, and so is a referral made
 * at a meeting whose minutes the viewer may not read yet.
 */
@Component
class CasePageParts implements MeetingPageContributor {

	static final String FRAGMENT = "casefile/parts :: item-case";

	private final Agenda agenda;

	private final CaseRepository cases;

	private final CaseFiles caseFiles;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	CasePageParts(Agenda agenda, CaseRepository cases, CaseFiles caseFiles, BodyDirectory bodies, CurrentCluster cluster) {
		this.agenda = agenda;
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	public record Outgoing(String bodyName, String description, String expectedReturn, String status) {
	}

	/** @param kind "handledIn" (on the referring item) or "referredFrom" (on the handling item) */
	public record Link(String kind, String bodyName, String caseLabel, UUID meetingId, String anchor) {
	}

	public record ItemCase(UUID itemId, CaseFiles.CaseRef caseRef, List<Outgoing> outgoing, List<Link> links,
			boolean mayEdit) {

		public boolean empty() {
			return caseRef == null && outgoing.isEmpty() && links.isEmpty();
		}
	}

	@Override
	public List<MeetingPagePart> partsFor(Meeting meeting, Viewer viewer) {
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());
		List<UUID> visible = agenda.visibleItems(meeting.id(), viewer).stream()
			.map(AgendaItem::id)
			.toList();
		Map<UUID, List<Outgoing>> outgoing = new LinkedHashMap<>();
		Map<UUID, List<Link>> links = new HashMap<>();
		ItemVisibility viewers = caseFiles.visibility();
		// Referrals made at this meeting are decisions of its minutes: not public before they are approved.
		boolean recordVisible = viewer.maySeeRecordOf(meeting.status());
		for (CaseRepository.ReferralRow r : cases.referralsTouching(clusterId, visible)) {
			if (visible.contains(r.fromItemId()) && recordVisible) {
				outgoing.computeIfAbsent(r.fromItemId(), id -> new ArrayList<>())
					.add(new Outgoing(bodies.nameOn(clusterId, r.toBodyId(), today),
							viewer.maySee(r.exemption(), today) ? r.description() : null, r.expectedReturn(), r.status()));
				UUID other = r.handledByItemId();
				if (other != null) {
					link(clusterId, other, "handledIn", viewers).ifPresent(
							link -> links.computeIfAbsent(r.fromItemId(), id -> new ArrayList<>()).add(link));
				}
			}
			UUID target = r.handledByItemId() != null ? r.handledByItemId() : r.scheduledItemId();
			if (target != null && visible.contains(target)) {
				link(clusterId, r.fromItemId(), "referredFrom", viewers)
					.ifPresent(link -> links.computeIfAbsent(target, id -> new ArrayList<>()).add(link));
			}
		}
		List<MeetingPagePart> parts = new ArrayList<>();
		Map<UUID, CaseFiles.CaseRef> casesOfItems = caseFiles.casesOf(visible);
		for (UUID itemId : visible) {
			ItemCase content = new ItemCase(itemId, casesOfItems.get(itemId),
					outgoing.getOrDefault(itemId, List.of()), links.getOrDefault(itemId, List.of()), viewer.mayEdit());
			if (!content.empty() || viewer.mayEdit()) {
				parts.add(new MeetingPagePart(itemId, FRAGMENT, content, 60));
			}
		}
		return parts;
	}

	private java.util.Optional<Link> link(UUID clusterId, UUID itemId, String kind, ItemVisibility viewers) {
		return cases.item(clusterId, itemId)
			.filter(item -> caseFiles.visible(item, viewers))
			.map(item -> new Link(kind, bodies.nameOn(clusterId, item.bodyId(), item.meetingDate()), item.caseLabel(),
					item.meetingId(), item.anchor()));
	}
}
