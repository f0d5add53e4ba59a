package klynge.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.attendance.Attendance;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import org.springframework.stereotype.Service;

/** Assembles the meeting page for a viewer, with the parts other modules contribute. */
@Service
public class MeetingPages {

	private final Meetings meetings;

	private final Agenda agenda;

	private final Attendance attendance;

	private final MeetingAccess access;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final List<MeetingPageContributor> contributors;

	MeetingPages(Meetings meetings, Agenda agenda, Attendance attendance, MeetingAccess access,
			OrganisationDirectory registry, CurrentCluster cluster, List<MeetingPageContributor> contributors) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.access = access;
		this.registry = registry;
		this.cluster = cluster;
		this.contributors = contributors;
	}

	public MeetingPage page(UUID meetingId) {
		return page(meetingId, null);
	}

	/**
	 * The page as a given viewer sees it (documents and mails for an audience other than the
	 * current user: {@link Viewer#ANONYMOUS} for the public version); null means the current user.
	 */
	public MeetingPage page(UUID meetingId, Viewer audience) {
		Meeting meeting = meetings.meeting(meetingId);
		Viewer viewer = audience == null ? access.viewerOf(meeting) : audience;
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());

		List<MeetingPagePart> parts = new ArrayList<>();
		contributors.forEach(contributor -> parts.addAll(contributor.partsFor(meeting, viewer)));
		parts.sort(Comparator.comparingInt(MeetingPagePart::order));
		Map<UUID, List<MeetingPagePart>> partsByItem = new HashMap<>();
		List<MeetingPagePart> meetingParts = new ArrayList<>();
		for (MeetingPagePart part : parts) {
			if (part.itemId() == null) {
				meetingParts.add(part);
			}
			else {
				partsByItem.computeIfAbsent(part.itemId(), id -> new ArrayList<>()).add(part);
			}
		}

		Map<UUID, List<ItemDocument>> documents = new HashMap<>();
		agenda.documents(meetingId).stream()
			.filter(document -> viewer.maySee(document.exemption(), today))
			.forEach(document -> documents.computeIfAbsent(document.itemId(), id -> new ArrayList<>()).add(document));

		List<AgendaItem> all = agenda.items(meetingId);
		UUID chairId = meetings.chairOf(meeting);
		List<UUID> personIds = new ArrayList<>(all.stream().map(AgendaItem::presenterPersonId).toList());
		personIds.add(chairId);
		personIds.add(meeting.chairForPersonId());
		Map<UUID, PersonRef> people = registry.people(clusterId, personIds);
		Map<UUID, List<AgendaItem>> children = new HashMap<>();
		all.stream().filter(AgendaItem::isSubItem)
			.forEach(item -> children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()).add(item));
		List<MeetingPage.ItemView> items = new ArrayList<>();
		for (AgendaItem item : all) {
			if (item.isSubItem()) {
				continue;
			}
			MeetingPage.ItemView view = view(item, item.caseNumber().toString(), viewer, today, documents, partsByItem,
					children.getOrDefault(item.id(), List.of()), people);
			if (view != null) {
				items.add(view);
			}
		}

		PersonRef chair = chairId == null ? null : people.get(chairId);
		PersonRef standIn = meeting.chairForPersonId() == null ? null : people.get(meeting.chairForPersonId());
		String standsInFor = standIn == null ? null : standIn.name();
		return new MeetingPage(meeting, meetings.bodyName(meeting), cluster.get().name(),
				chair == null ? null : chair.name(),
				chair == null ? null : registry.organisationShortNameOn(clusterId, chair.id(), meeting.meetingDate()),
				standsInFor, attendance.sheet(meetingId), items, meetingParts, viewer,
				viewer.mayEdit() ? meetings.history(meetingId) : List.of());
	}

	private MeetingPage.ItemView view(AgendaItem item, String label, Viewer viewer, LocalDate today,
			Map<UUID, List<ItemDocument>> documents, Map<UUID, List<MeetingPagePart>> parts, List<AgendaItem> subItems,
			Map<UUID, PersonRef> people) {
		Exemption exemption = item.exemption();
		if (!viewer.maySee(exemption, today)) {
			if (!viewer.seesPlaceholder(exemption, today)) {
				return null;
			}
			return new MeetingPage.ItemView(item, label, exemption.publicTitle(), null, true, List.of(), List.of(), List.of(),
					null);
		}
		List<MeetingPage.ItemView> subViews = new ArrayList<>();
		for (int i = 0; i < subItems.size(); i++) {
			MeetingPage.ItemView sub = view(subItems.get(i), AgendaNumbering.letter(i), viewer, today, documents, parts,
					List.of(), people);
			if (sub != null) {
				subViews.add(sub);
			}
		}
		return new MeetingPage.ItemView(item, label, item.title(), presenterLine(item, people), false,
				documents.getOrDefault(item.id(), List.of()), subViews, parts.getOrDefault(item.id(), List.of()),
				audienceKey(item, exemption.accessOn(today)));
	}

	/** "Synlig for: sekretariatet og medlemmer med stemmerett i …" under a restricted item. */
	private String audienceKey(AgendaItem item, Access now) {
		return switch (now) {
			case PUBLIC -> null;
			case MEMBERS -> "access.audience.MEMBERS";
			case EXEMPT -> access.observersSeeExempt(item.bodyId()) ? "access.audience.EXEMPT.open" : "access.audience.EXEMPT";
		};
	}

	private static String presenterLine(AgendaItem item, Map<UUID, PersonRef> people) {
		if (item.presenterText() != null) {
			return item.presenterText();
		}
		if (item.presenterPersonId() != null) {
			PersonRef presenter = people.get(item.presenterPersonId());
			return presenter == null ? null : presenter.name();
		}
		return null;
	}
}
