package klynge.minutes;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.followup.FollowUps;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingView;
import klynge.meeting.MeetingViews;
import klynge.meeting.attendance.Attendance;
import klynge.meeting.attendance.AttendanceStatus;
import klynge.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The minutes of a whole meeting on one page, for writing them during the meeting: the
 * attendance grid on top, then every item with its notes, vedtak, follow-ups and
 * referrals. Builds the page's model and the one item's part that htmx swaps.
 */
@Component
class MinutesPage {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * One item on the page: its view, the form as loaded (the vedtak prefilled from the
	 * proposal while none is written), and what follows the minutes (referral,
	 * follow-ups).
	 *
	 * @param label "03-27", or "03-27 a" for a sub-item
	 * @param prefilled the vedtak shown is the proposal, not yet saved
	 */
	record Entry(MeetingView.Item view, String label, ItemMinutesForm form, boolean prefilled,
			List<MeetingPart> records) {

		public UUID id() {
			return view.item().id();
		}

	}

	private final MinutesService minutes;

	private final MeetingViews views;

	private final Attendance attendance;

	private final FollowUps followUps;

	private final CurrentCluster cluster;

	MinutesPage(MinutesService minutes, MeetingViews views, Attendance attendance, FollowUps followUps,
			CurrentCluster cluster) {
		this.minutes = minutes;
		this.views = views;
		this.attendance = attendance;
		this.followUps = followUps;
		this.cluster = cluster;
	}

	/**
	 * The whole page; {@code typed} keeps what a user typed for an item whose save was
	 * refused.
	 */
	String page(UUID meetingId, Map<UUID, ItemMinutesForm> typed, Model model) {
		MeetingView view = views.of(meetingId);
		Meeting meeting = view.meeting();
		minutes.ofMeeting(meetingId).ifPresent(Minutes::requireEditable);
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodyName", view.bodyName());
		model.addAttribute("entries", entries(view, typed));
		attendanceGrid(meetingId, model);
		choices(meeting, model);
		return "minutes/page";
	}

	/** One item's part of the page, as loaded now (for "use the saved version"). */
	String item(UUID meetingId, UUID itemId, Model model) {
		MeetingView view = views.of(meetingId);
		minutes.ofMeeting(meetingId).ifPresent(Minutes::requireEditable);
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("e", entry(view, itemId, Map.of()));
		choices(view.meeting(), model);
		return "minutes/page-item :: item";
	}

	/** The records under one item (referral, follow-ups), after one was added inline. */
	String records(UUID meetingId, UUID itemId, Model model) {
		MeetingView view = views.of(meetingId);
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("e", entry(view, itemId, Map.of()));
		choices(view.meeting(), model);
		return "minutes/page-item :: records";
	}

	/** The item must be one of the meeting's (else 404, as for another cluster's). */
	void requireItemOf(UUID meetingId, UUID itemId) {
		entry(views.of(meetingId), itemId, Map.of());
	}

	String savedAt() {
		return LocalTime.now(cluster.get().zone()).format(CLOCK);
	}

	private Entry entry(MeetingView view, UUID itemId, Map<UUID, ItemMinutesForm> typed) {
		return entries(view, typed).stream()
			.filter(e -> e.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("item", itemId));
	}

	private List<Entry> entries(MeetingView view, Map<UUID, ItemMinutesForm> typed) {
		List<Entry> entries = new ArrayList<>();
		for (MeetingView.Item item : view.items()) {
			if (item.placeholder()) {
				continue;
			}
			entries.add(entry(item, item.label(), typed));
			for (MeetingView.Item sub : item.subItems()) {
				entries.add(entry(sub, item.label() + " " + sub.label(), typed));
			}
		}
		return entries;
	}

	private Entry entry(MeetingView.Item item, String label, Map<UUID, ItemMinutesForm> typed) {
		UUID id = item.item().id();
		ItemMinutesForm form = typed.containsKey(id) ? typed.get(id)
				: ItemMinutesForm.of(minutes.itemMinutes(id).orElse(null));
		String proposal = item.item().proposedDecision();
		boolean prefill = !typed.containsKey(id) && ItemMinutes.blank(form.decision()) && !ItemMinutes.blank(proposal);
		if (prefill) {
			form = new ItemMinutesForm(form.notes(), form.feedbackHeading(), form.feedback(), proposal, form.version());
		}
		List<MeetingPart> records = item.parts()
			.stream()
			.filter(part -> part.slot() == MeetingPart.Slot.REFERRAL || part.slot() == MeetingPart.Slot.FOLLOW_UPS)
			.toList();
		return new Entry(item, label, form, prefill, records);
	}

	private void attendanceGrid(UUID meetingId, Model model) {
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("shownRows", attendance.sheet(meetingId).attendees());
		model.addAttribute("people", followUps.people());
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("deputies", attendance.registeredDeputies(meetingId));
	}

	/** Who can be given a follow-up, and the bodies a matter can be referred to. */
	private void choices(Meeting meeting, Model model) {
		model.addAttribute("owners", followUps.people());
		model.addAttribute("otherBodies",
				followUps.bodies().stream().filter(body -> !body.id().equals(meeting.bodyId())).toList());
	}

}
