package klynge.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.ItemVisibility;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingPart.Phrase;
import klynge.meeting.MeetingPart.Slot;
import klynge.meeting.MeetingViewContributor;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/**
 * Under an item in the meeting view: the referral where it was decided ("Oversendt til
 * …"), and as links "Del av saken: …" and the links between a referring and a handling
 * item; on the page also the actions to refer and to put the item in a case. A link to an
 * item the viewer may not see is left out, and so is a referral made at a meeting whose
 * minutes the viewer may not read yet.
 */
@Component
class CasePageParts implements MeetingViewContributor {

	static final String ACTIONS = "casefile/parts :: item-case-actions";

	private final CaseRepository cases;

	private final CaseFiles caseFiles;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	CasePageParts(CaseRepository cases, CaseFiles caseFiles, BodyDirectory bodies, CurrentCluster cluster) {
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	public record Outgoing(String bodyName, String description, String expectedReturn, String status) {
	}

	/**
	 * @param kind "handledIn" (on the referring item) or "referredFrom" (on the handling
	 * item)
	 */
	public record Link(String kind, String bodyName, String caseLabel, UUID meetingId, String anchor) {
	}

	/** The page's actions under an item. */
	public record ItemActions(UUID itemId) {
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		Viewer viewer = agenda.viewer();
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());
		List<UUID> visible = agenda.idList();
		Map<UUID, List<Outgoing>> outgoing = new LinkedHashMap<>();
		Map<UUID, List<Link>> links = new HashMap<>();
		ItemVisibility viewers = caseFiles.visibility();
		// Referrals made at this meeting are decisions of its minutes: not public before
		// they are approved.
		boolean recordVisible = viewer.maySeeRecordOf(agenda.meeting().status());
		for (CaseRepository.ReferralRow r : cases.referralsTouching(clusterId, visible)) {
			if (visible.contains(r.fromItemId()) && recordVisible) {
				outgoing.computeIfAbsent(r.fromItemId(), id -> new ArrayList<>())
					.add(new Outgoing(bodies.nameOn(clusterId, r.toBodyId(), today),
							viewer.maySee(r.exemption(), today) ? r.description() : null, r.expectedReturn(),
							r.status()));
				UUID other = r.handledByItemId();
				if (other != null) {
					link(clusterId, other, "handledIn", viewers)
						.ifPresent(link -> links.computeIfAbsent(r.fromItemId(), id -> new ArrayList<>()).add(link));
				}
			}
			UUID target = r.handledByItemId() != null ? r.handledByItemId() : r.scheduledItemId();
			if (target != null && visible.contains(target)) {
				link(clusterId, r.fromItemId(), "referredFrom", viewers)
					.ifPresent(link -> links.computeIfAbsent(target, id -> new ArrayList<>()).add(link));
			}
		}
		List<MeetingPart> parts = new ArrayList<>();
		Map<UUID, CaseFiles.CaseRef> casesOfItems = caseFiles.casesOf(visible);
		for (UUID itemId : visible) {
			List<Outgoing> referrals = outgoing.getOrDefault(itemId, List.of());
			if (!referrals.isEmpty()) {
				parts.add(MeetingPart.of(itemId, Slot.REFERRAL, referrals.stream().map(CasePageParts::line).toList()));
			}
			List<MeetingPart.Block> linkBlocks = new ArrayList<>();
			CaseFiles.CaseRef caseRef = casesOfItems.get(itemId);
			if (caseRef != null) {
				linkBlocks.add(new MeetingPart.Link("casefile.partOf",
						caseRef.title() == null ? Phrase.of("access.exemptTitle") : Phrase.text(caseRef.title()),
						"/cases/" + caseRef.id()));
			}
			for (Link link : links.getOrDefault(itemId, List.of())) {
				linkBlocks.add(new MeetingPart.Link(null,
						Phrase.of("casefile.link." + link.kind(), link.bodyName(), link.caseLabel()),
						"/meetings/" + link.meetingId() + "#" + link.anchor()));
			}
			if (!linkBlocks.isEmpty()) {
				parts.add(MeetingPart.of(itemId, Slot.LINKS, linkBlocks));
			}
			if (viewer.mayEdit()) {
				parts.add(MeetingPart.pageOnly(itemId, Slot.ACTIONS, ACTIONS, new ItemActions(itemId)));
			}
		}
		return parts;
	}

	/**
	 * "Oversendt til Styringsgruppen: …", and "(forventet: …)" unless the description
	 * already says when (the seed's "… på neste Partnermøte (oktober 2023)." is not
	 * repeated).
	 */
	private static MeetingPart.Block line(Outgoing referral) {
		Phrase sent = Phrase.of("casefile.referredTo", referral.bodyName(),
				referral.description() == null ? Phrase.of("access.exemptTitle") : referral.description());
		String expected = referral.expectedReturn();
		if (expected == null || expected.isBlank()
				|| referral.description() != null && referral.description().contains(expected)) {
			return new MeetingPart.Line(List.of(sent));
		}
		return new MeetingPart.Line(List.of(sent, Phrase.of("casefile.expected", expected)));
	}

	private Optional<Link> link(UUID clusterId, UUID itemId, String kind, ItemVisibility viewers) {
		return cases.item(clusterId, itemId)
			.filter(item -> caseFiles.visible(item, viewers))
			.map(item -> new Link(kind, bodies.nameOn(clusterId, item.bodyId(), item.meetingDate()), item.caseLabel(),
					item.meetingId(), item.anchor()));
	}

}
