package klynge.minutes;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPageContributor;
import klynge.meeting.MeetingPagePart;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Component;

/**
 * The minutes on the meeting page: a status block above the agenda, and under each item the
 * viewer may see its notes, feedback and vedtak; on an approval item, the previous minutes' approval.
 */
@Component
class MinutesParts implements MeetingPageContributor {

	static final String STATUS = "minutes/parts :: minutes-status";

	static final String ITEM = "minutes/parts :: item-minutes";

	static final String APPROVAL = "minutes/parts :: previous-approval";

	/** The status block. */
	record StatusView(Minutes minutes, String approvedByItemLabel, UUID approvedByItemMeetingId,
			String approvedByChairName, boolean staff, boolean maySend, boolean mayApprove, int commentCount) {
	}

	/** One item's minutes as shown, already rendered to safe HTML. */
	record ItemView(UUID itemId, UUID minutesId, String notesHtml, String feedbackHeading, String feedbackHtml,
			String decision, List<MinutesComment> comments, boolean mayEdit, boolean mayComment, boolean mayAmend) {

		boolean hasText() {
			return !notesHtml.isEmpty() || feedbackHeading != null || !feedbackHtml.isEmpty() || decision != null;
		}
	}

	/** On an approval item: either the previous minutes approved here, or the staff's button to do it. */
	/**
	 * @param previousDate the date of the meeting whose minutes these are
	 * @param meetingHeld  the approval item's meeting is held (or under way today): only then the button
	 */
	record ApprovalView(UUID itemId, Minutes previous, boolean approvedHere, boolean mayApprove, LocalDate previousDate,
			boolean meetingHeld) {
	}

	private final MinutesService minutes;

	private final ReferenceLinks links;

	private final Agenda agenda;

	private final Meetings meetings;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	MinutesParts(MinutesService minutes, ReferenceLinks links, Agenda agenda, Meetings meetings,
			OrganisationDirectory registry, CurrentCluster cluster) {
		this.minutes = minutes;
		this.links = links;
		this.agenda = agenda;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
	}

	@Override
	public List<MeetingPagePart> partsFor(Meeting meeting, Viewer viewer) {
		List<MeetingPagePart> parts = new ArrayList<>();
		List<AgendaItem> visible = agenda.visibleItems(meeting.id(), viewer);
		Optional<Minutes> found = minutes.ofMeeting(meeting.id());
		if (found.isPresent() && MinutesService.maySee(found.get(), viewer)) {
			Minutes m = found.get();
			List<MinutesComment> comments = viewer.staff() || viewer.bodyMember() ? minutes.comments(m.id()) : List.of();
			parts.add(new MeetingPagePart(null, STATUS, status(m, meeting, viewer, comments.size()), 10));
			Map<UUID, ItemMinutes> byItem = minutes.items(m.id()).stream()
				.collect(Collectors.toMap(ItemMinutes::itemId, Function.identity()));
			MinutesMarkdown.Resolver resolver = links.resolverFor(meeting.bodyId(), viewer);
			boolean editable = m.status().editable();
			for (AgendaItem item : visible) {
				ItemMinutes im = byItem.get(item.id());
				List<MinutesComment> own = comments.stream().filter(c -> item.id().equals(c.itemId())).toList();
				ItemView view = new ItemView(item.id(), m.id(),
						im == null ? "" : MinutesMarkdown.render(im.notes(), resolver),
						im == null ? null : im.feedbackHeading(),
						im == null ? "" : MinutesMarkdown.renderBullets(im.feedbackLines(), resolver),
						im == null ? null : im.decision(), own, viewer.staff() && editable,
						editable && (viewer.staff() || viewer.bodyMember()), viewer.staff() && !editable);
				if (view.hasText() || view.mayEdit() || view.mayAmend() || !own.isEmpty() || view.mayComment()) {
					parts.add(new MeetingPagePart(item.id(), ITEM, view, 10));
				}
			}
		}
		else if (found.isEmpty() && viewer.staff() && writable(meeting)) {
			for (AgendaItem item : visible) {
				parts.add(new MeetingPagePart(item.id(), ITEM,
						new ItemView(item.id(), null, "", null, "", null, List.of(), true, false, false), 10));
			}
		}
		for (AgendaItem item : visible) {
			if (item.type() != AgendaItemType.APPROVAL || item.isSubItem()) {
				continue;
			}
			Optional<Minutes> approvedHere = minutes.approvedBy(item.id());
			if (approvedHere.isPresent()) {
				parts.add(new MeetingPagePart(item.id(), APPROVAL, new ApprovalView(item.id(), approvedHere.get(), true, false,
						meetings.meeting(approvedHere.get().meetingId()).meetingDate(), true), 5));
			}
			else if (viewer.staff()) {
				boolean held = minutes.mayApproveNow(item);
				minutes.approvableBy(item).forEach(previous -> parts.add(new MeetingPagePart(item.id(), APPROVAL,
						new ApprovalView(item.id(), previous, false, true, meetings.meeting(previous.meetingId()).meetingDate(),
								held), 5)));
			}
		}
		return parts;
	}

	private StatusView status(Minutes m, Meeting meeting, Viewer viewer, int commentCount) {
		String itemLabel = null;
		UUID itemMeeting = null;
		if (m.approvedByItemId() != null) {
			AgendaItem item = agenda.item(m.approvedByItemId());
			Meeting approving = meetings.meeting(item.meetingId());
			itemLabel = item.caseNumber() + " " + meetings.bodyName(approving) + " "
					+ approving.meetingDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
			itemMeeting = approving.id();
		}
		String chair = m.approvedByChairPersonId() == null ? null
				: registry.person(cluster.id(), m.approvedByChairPersonId()).map(PersonRef::name).orElse(null);
		boolean maySend = viewer.staff() && m.status() == MinutesStatus.DRAFT && meeting.status() == MeetingStatus.HELD;
		boolean mayApprove = viewer.loggedIn() && minutes.mayApproveAsChair(m);
		return new StatusView(m, itemLabel, itemMeeting, chair, viewer.staff(), maySend, mayApprove, commentCount);
	}

	private static boolean writable(Meeting meeting) {
		return meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.MINUTES_FOR_COMMENT;
	}
}
