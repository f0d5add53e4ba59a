package klynge.minutes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingPart.Slot;
import klynge.meeting.MeetingViewContributor;
import klynge.meeting.MeetingViewContributor.VisibleAgenda;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import org.springframework.stereotype.Component;

/**
 * The minutes in the meeting view: under each item the viewer may see its notes, feedback
 * and vedtak (for the page, the documents and the mails); on the page also a status block
 * above the agenda, comments and actions under the items, and on an approval item the
 * previous minutes' approval.
 */
@Component
class MinutesParts implements MeetingViewContributor {

	static final String STATUS = "minutes/parts :: minutes-status";

	static final String ITEM = "minutes/parts :: item-minutes-actions";

	static final String APPROVAL = "minutes/parts :: previous-approval";

	static final String PAGE_LINK = "minutes/parts :: minutes-page-link";

	/** The status block. */
	record StatusView(Minutes minutes, String approvedByItemLabel, UUID approvedByItemMeetingId,
			String approvedByChairName, boolean staff, boolean maySend, boolean mayApprove, int commentCount,
			List<MinutesComments.Conversation> wholeComments) {
	}

	/** Under an item on the page: its comments and the actions on its minutes. */
	record ItemView(UUID itemId, UUID minutesId, List<MinutesComments.Conversation> comments, boolean mayEdit,
			boolean mayComment, boolean mayAmend) {
	}

	/**
	 * On an approval item: either the previous minutes approved here, or the staff's
	 * button to do it.
	 */
	/**
	 * @param previousDate the date of the meeting whose minutes these are
	 * @param meetingHeld the approval item's meeting is held (or under way today): only
	 * then the button
	 */
	record ApprovalView(UUID itemId, Minutes previous, boolean approvedHere, boolean mayApprove, LocalDate previousDate,
			boolean meetingHeld) {
	}

	private final MinutesService minutes;

	private final MinutesWorkflow workflow;

	private final ReferenceLinks links;

	private final Agenda agenda;

	private final Meetings meetings;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final MinutesComments conversations;

	MinutesParts(MinutesService minutes, MinutesWorkflow workflow, ReferenceLinks links, Agenda agenda,
			Meetings meetings, OrganisationDirectory registry, CurrentCluster cluster, MinutesComments conversations) {
		this.conversations = conversations;
		this.minutes = minutes;
		this.workflow = workflow;
		this.links = links;
		this.agenda = agenda;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda shown) {
		Meeting meeting = shown.meeting();
		Viewer viewer = shown.viewer();
		List<MeetingPart> parts = new ArrayList<>();
		List<AgendaItem> visible = shown.items();
		Optional<Minutes> found = minutes.ofMeeting(meeting.id());
		if (found.isPresent() && MinutesService.maySee(found.get(), viewer)) {
			Minutes m = found.get();
			List<MinutesComments.Conversation> comments = viewer.loggedIn() ? conversations.conversations(m, viewer)
					: List.of();
			parts.add(MeetingPart.pageOnly(null, Slot.STATUS, STATUS, status(m, meeting, viewer, comments.size(),
					comments.stream().filter(c -> c.comment().itemId() == null).toList())));
			Map<UUID, ItemMinutes> byItem = minutes.items(m.id())
				.stream()
				.collect(Collectors.toMap(ItemMinutes::itemId, Function.identity()));
			MinutesMarkdown.Resolver resolver = links.resolverFor(meeting.bodyId(), viewer);
			boolean editable = m.status().editable();
			for (AgendaItem item : visible) {
				ItemMinutes im = byItem.get(item.id());
				if (im != null) {
					parts.addAll(text(item.id(), im, resolver));
				}
				List<MinutesComments.Conversation> own = comments.stream()
					.filter(c -> item.id().equals(c.comment().itemId()))
					.toList();
				ItemView view = new ItemView(item.id(), m.id(), own, viewer.staff() && editable,
						editable && (viewer.staff() || viewer.bodyMember()), viewer.staff() && !editable);
				if (view.mayEdit() || view.mayAmend() || !own.isEmpty() || view.mayComment()) {
					parts.add(MeetingPart.pageOnly(item.id(), Slot.ACTIONS, ITEM, view));
				}
			}
		}
		else if (found.isEmpty() && viewer.staff() && writable(meeting)) {
			for (AgendaItem item : visible) {
				parts.add(MeetingPart.pageOnly(item.id(), Slot.ACTIONS, ITEM,
						new ItemView(item.id(), null, List.of(), true, false, false)));
			}
		}
		boolean editable = found.map(m -> m.status().editable()).orElse(writable(meeting));
		if (viewer.staff() && editable && meeting.status() != MeetingStatus.CANCELLED) {
			// the whole meeting's minutes on one page (MinutesPageController)
			parts.add(MeetingPart.pageOnly(null, Slot.STATUS, PAGE_LINK, meeting.id()));
		}
		for (AgendaItem item : visible) {
			if (item.type() != AgendaItemType.APPROVAL || item.isSubItem()) {
				continue;
			}
			Optional<Minutes> approvedHere = minutes.approvedBy(item.id());
			if (approvedHere.isPresent()) {
				parts.add(MeetingPart.pageOnly(item.id(), Slot.APPROVAL, APPROVAL,
						new ApprovalView(item.id(), approvedHere.get(), true, false,
								meetings.meeting(approvedHere.get().meetingId()).meetingDate(), true)));
			}
			else if (viewer.staff()) {
				boolean held = workflow.mayApproveNow(item);
				workflow.approvableBy(item)
					.forEach(previous -> parts
						.add(MeetingPart.pageOnly(item.id(), Slot.APPROVAL, APPROVAL, new ApprovalView(item.id(),
								previous, false, true, meetings.meeting(previous.meetingId()).meetingDate(), held))));
			}
		}
		return parts;
	}

	/**
	 * What the minutes say of an item: notes, feedback (heading and bullets) and the
	 * vedtak, as written.
	 */
	private static List<MeetingPart> text(UUID itemId, ItemMinutes im, MinutesMarkdown.Resolver resolver) {
		List<MeetingPart> parts = new ArrayList<>();
		String notes = MinutesMarkdown.render(im.notes(), resolver);
		if (!notes.isEmpty()) {
			parts.add(MeetingPart.of(itemId, Slot.NOTES, List.of(new MeetingPart.Html(notes))));
		}
		List<MeetingPart.Block> feedback = new ArrayList<>();
		if (im.feedbackHeading() != null && !im.feedbackHeading().isBlank()) {
			feedback.add(new MeetingPart.Text(null, im.feedbackHeading(), false));
		}
		String bullets = MinutesMarkdown.renderBullets(im.feedbackLines(), resolver);
		if (!bullets.isEmpty()) {
			feedback.add(new MeetingPart.Html(bullets));
		}
		if (!feedback.isEmpty()) {
			parts.add(MeetingPart.of(itemId, Slot.FEEDBACK, feedback));
		}
		if (im.decision() != null && !im.decision().isBlank()) {
			parts.add(MeetingPart.of(itemId, Slot.DECISION,
					List.of(new MeetingPart.Text("minutes.decision.label", im.decision(), true))));
		}
		return parts;
	}

	private StatusView status(Minutes m, Meeting meeting, Viewer viewer, int commentCount,
			List<MinutesComments.Conversation> wholeComments) {
		String itemLabel = null;
		UUID itemMeeting = null;
		if (m.approvedByItemId() != null) {
			AgendaItem item = agenda.item(m.approvedByItemId());
			Meeting approving = meetings.meeting(item.meetingId());
			itemLabel = item.caseNumber() + " " + meetings.bodyName(approving) + " "
					+ approving.meetingDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
			itemMeeting = approving.id();
		}
		String chair = m.approvedByChairPersonId() == null ? null
				: registry.person(cluster.id(), m.approvedByChairPersonId()).map(PersonRef::name).orElse(null);
		boolean maySend = viewer.staff() && m.status() == MinutesStatus.DRAFT && meeting.status() == MeetingStatus.HELD;
		boolean mayApprove = viewer.loggedIn() && workflow.mayApproveAsChair(m);
		return new StatusView(m, itemLabel, itemMeeting, chair, viewer.staff(), maySend, mayApprove, commentCount,
				wholeComments);
	}

	private static boolean writable(Meeting meeting) {
		return meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.MINUTES_FOR_COMMENT;
	}

}
