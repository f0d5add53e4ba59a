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

/**
 * Builds the {@link MeetingView} of a meeting for a viewer: the agenda is loaded once,
 * filtered for the viewer and handed to every {@link MeetingViewContributor}.
 */
@Service
public class MeetingViews {

	private final Meetings meetings;

	private final Agenda agenda;

	private final Attendance attendance;

	private final MeetingAccess access;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final List<MeetingViewContributor> contributors;

	MeetingViews(Meetings meetings, Agenda agenda, Attendance attendance, MeetingAccess access,
			OrganisationDirectory registry, CurrentCluster cluster, List<MeetingViewContributor> contributors) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.access = access;
		this.registry = registry;
		this.cluster = cluster;
		this.contributors = contributors;
	}

	/** The meeting as the current user sees it. */
	public MeetingView of(UUID meetingId) {
		return of(meetingId, null);
	}

	/**
	 * The meeting as a given viewer sees it (documents and mails for an audience other
	 * than the current user: {@link Viewer#ANONYMOUS} for the public version); null means
	 * the current user.
	 */
	public MeetingView of(UUID meetingId, Viewer audience) {
		Meeting meeting = meetings.meeting(meetingId);
		Viewer viewer = audience == null ? access.viewerOf(meeting) : audience;
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());

		List<AgendaItem> all = agenda.items(meetingId);
		MeetingViewContributor.VisibleAgenda visible = new MeetingViewContributor.VisibleAgenda(meeting, viewer,
				all.stream().filter(item -> viewer.maySee(item.exemption(), today)).toList());
		List<MeetingPart> parts = new ArrayList<>();
		contributors.forEach(contributor -> parts.addAll(contributor.partsFor(visible)));
		parts.sort(Comparator.comparing(MeetingPart::slot));
		Map<UUID, List<MeetingPart>> partsByItem = new HashMap<>();
		List<MeetingPart> meetingParts = new ArrayList<>();
		for (MeetingPart part : parts) {
			if (part.itemId() == null) {
				meetingParts.add(part);
			}
			else {
				partsByItem.computeIfAbsent(part.itemId(), id -> new ArrayList<>()).add(part);
			}
		}

		Map<UUID, List<ItemDocument>> documents = new HashMap<>();
		agenda.documents(meetingId)
			.stream()
			.filter(document -> viewer.maySee(document.exemption(), today))
			.forEach(document -> documents.computeIfAbsent(document.itemId(), id -> new ArrayList<>()).add(document));

		UUID chairId = meetings.chairOf(meeting);
		List<UUID> personIds = new ArrayList<>(all.stream().map(AgendaItem::presenterPersonId).toList());
		personIds.add(chairId);
		personIds.add(meeting.chairForPersonId());
		Map<UUID, PersonRef> people = registry.people(clusterId, personIds);
		Map<UUID, List<AgendaItem>> children = new HashMap<>();
		all.stream()
			.filter(AgendaItem::isSubItem)
			.forEach(item -> children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()).add(item));
		List<MeetingView.Item> items = new ArrayList<>();
		for (AgendaItem item : all) {
			if (item.isSubItem()) {
				continue;
			}
			MeetingView.Item view = view(item, item.caseNumber().toString(), viewer, today, documents, partsByItem,
					children.getOrDefault(item.id(), List.of()), people);
			if (view != null) {
				items.add(view);
			}
		}

		PersonRef chair = chairId == null ? null : people.get(chairId);
		PersonRef standIn = meeting.chairForPersonId() == null ? null : people.get(meeting.chairForPersonId());
		String standsInFor = standIn == null ? null : standIn.name();
		return new MeetingView(meeting, meetings.bodyName(meeting), cluster.get().name(),
				chair == null ? null : chair.name(),
				chair == null ? null : registry.organisationShortNameOn(clusterId, chair.id(), meeting.meetingDate()),
				standsInFor, attendance.sheet(meetingId), items, meetingParts, viewer,
				viewer.mayEdit() ? meetings.history(meetingId) : List.of());
	}

	private MeetingView.Item view(AgendaItem item, String label, Viewer viewer, LocalDate today,
			Map<UUID, List<ItemDocument>> documents, Map<UUID, List<MeetingPart>> parts, List<AgendaItem> subItems,
			Map<UUID, PersonRef> people) {
		Exemption exemption = item.exemption();
		if (!viewer.maySee(exemption, today)) {
			if (!viewer.seesPlaceholder(exemption, today)) {
				return null;
			}
			return new MeetingView.Item(item, label, exemption.publicTitle(), null, true, List.of(), List.of(),
					List.of(), null);
		}
		List<MeetingView.Item> subViews = new ArrayList<>();
		for (int i = 0; i < subItems.size(); i++) {
			MeetingView.Item sub = view(subItems.get(i), AgendaNumbering.letter(i), viewer, today, documents, parts,
					List.of(), people);
			if (sub != null) {
				subViews.add(sub);
			}
		}
		return new MeetingView.Item(item, label, item.title(), presenterLine(item, people), false,
				documents.getOrDefault(item.id(), List.of()), subViews, parts.getOrDefault(item.id(), List.of()),
				audienceKey(item, exemption.accessOn(today)));
	}

	/**
	 * "Synlig for: sekretariatet og medlemmer med stemmerett i …" under a restricted
	 * item.
	 */
	private String audienceKey(AgendaItem item, Access now) {
		return switch (now) {
			case PUBLIC -> null;
			case MEMBERS -> "access.audience.MEMBERS";
			case EXEMPT ->
				access.observersSeeExempt(item.bodyId()) ? "access.audience.EXEMPT.open" : "access.audience.EXEMPT";
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
