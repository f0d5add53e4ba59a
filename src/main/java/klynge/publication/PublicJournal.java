package klynge.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.MemberRow;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Exemption;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.MeetingView;
import klynge.meeting.MeetingViews;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.minutes.ItemMinutes;
import klynge.minutes.Minutes;
import klynge.minutes.MinutesService;
import org.springframework.stereotype.Service;

/**
 * The public journal of the current cluster: its bodies and members, the meeting
 * calendar, each meeting's published summons or approved minutes, and the vedtak of
 * approved minutes. Everything is read as {@link Viewer#ANONYMOUS}, whoever asks, so a
 * public page shows the same to a member as to a visitor (and never the member's view).
 */
@Service
class PublicJournal {

	/** A body with the address part of its current name. */
	record PublicBody(BodySummary body, String slug) {

		public String path() {
			return "/offentlig/" + slug;
		}

	}

	/**
	 * A meeting as the calendar lists it, named as the body was named that day.
	 *
	 * @param slug the body's name on the meeting date, as an address part
	 */
	record PublicMeeting(Meeting meeting, String bodyName, String slug) {

		/** Its summons is out (or it is held): it has a public page. */
		public boolean published() {
			return switch (meeting.status()) {
				case SUMMONED, HELD, MINUTES_FOR_COMMENT, MINUTES_APPROVED -> true;
				case PLANNED, CANCELLED -> false;
			};
		}

		public boolean approved() {
			return meeting.status() == MeetingStatus.MINUTES_APPROVED;
		}

		public String path() {
			return "/offentlig/" + slug + "/" + meeting.meetingDate();
		}

	}

	/**
	 * One vedtak of approved minutes; for an exempt item only its public title and legal
	 * basis ({@code decision} null, {@code exemptionBasis} set).
	 */
	record Decision(PublicMeeting meeting, String caseLabel, String title, String decision, String exemptionBasis) {

		public boolean exempt() {
			return exemptionBasis != null;
		}

	}

	private final BodyDirectory bodies;

	private final Meetings meetings;

	private final MeetingViews views;

	private final Agenda agenda;

	private final MinutesService minutes;

	private final CurrentCluster cluster;

	PublicJournal(BodyDirectory bodies, Meetings meetings, MeetingViews views, Agenda agenda, MinutesService minutes,
			CurrentCluster cluster) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.views = views;
		this.agenda = agenda;
		this.minutes = minutes;
		this.cluster = cluster;
	}

	List<PublicBody> bodies() {
		return bodies.bodies(cluster.id())
			.stream()
			.sorted(Comparator.comparingInt(BodySummary::sortOrder).thenComparing(BodySummary::name))
			.map(b -> new PublicBody(b, PublicSlug.of(b.name())))
			.toList();
	}

	/** The body whose current name makes this address part. */
	Optional<PublicBody> body(String slug) {
		return bodies().stream().filter(b -> b.slug().equals(slug)).findFirst();
	}

	/**
	 * The body's members today: name, organisation and seat, nothing to reach them by.
	 */
	List<MemberRow> members(UUID bodyId) {
		return bodies.membersOn(cluster.id(), bodyId, today());
	}

	/** The body's meetings by year, the latest year first, each year in date order. */
	Map<Integer, List<PublicMeeting>> meetingsByYear(UUID bodyId) {
		Map<Integer, List<PublicMeeting>> byYear = new TreeMap<>(Comparator.reverseOrder());
		meetings.ofBody(bodyId)
			.stream()
			.sorted(Comparator.comparing(Meeting::meetingDate))
			.map(this::publicMeeting)
			.forEach(m -> byYear.computeIfAbsent(m.meeting().meetingDate().getYear(), y -> new ArrayList<>()).add(m));
		return byYear;
	}

	/** The next meetings of every body from today. */
	List<PublicMeeting> upcoming(int count) {
		LocalDate today = today();
		return meetings.between(today, today.plusYears(2))
			.stream()
			.filter(m -> m.status() != MeetingStatus.CANCELLED)
			.sorted(Comparator.comparing(Meeting::meetingDate))
			.limit(count)
			.map(this::publicMeeting)
			.toList();
	}

	/**
	 * The latest meetings with approved minutes (approved means held, whatever the date).
	 */
	List<PublicMeeting> latestApproved(int count) {
		return meetings.between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
			.stream()
			.filter(m -> m.status() == MeetingStatus.MINUTES_APPROVED)
			.sorted(Comparator.comparing(Meeting::meetingDate).reversed())
			.limit(count)
			.map(this::publicMeeting)
			.toList();
	}

	/**
	 * The published meeting of the body that the address names on that day: first the
	 * body that bore the name then ("arbeidsgruppen/2021-06-03"), else the body that
	 * bears it now.
	 */
	Optional<PublicMeeting> meeting(String slug, LocalDate date) {
		List<PublicMeeting> that = meetings.between(date, date)
			.stream()
			.filter(m -> m.meetingDate().equals(date))
			.map(this::publicMeeting)
			.filter(PublicMeeting::published)
			.toList();
		Optional<PublicMeeting> byNameThen = that.stream().filter(m -> m.slug().equals(slug)).findFirst();
		if (byNameThen.isPresent()) {
			return byNameThen;
		}
		return body(slug)
			.flatMap(b -> that.stream().filter(m -> m.meeting().bodyId().equals(b.body().id())).findFirst());
	}

	/** The meeting as anyone may read it: summons, and once approved the minutes. */
	MeetingView view(PublicMeeting meeting) {
		return views.of(meeting.meeting().id(), Viewer.ANONYMOUS);
	}

	/**
	 * The vedtak of every approved minutes, the latest meeting first; an item hidden from
	 * the public is listed by its public title and legal basis, or left out where it is
	 * for members only.
	 */
	List<Decision> decisions() {
		LocalDate today = today();
		List<Decision> found = new ArrayList<>();
		for (PublicMeeting meeting : latestApproved(Integer.MAX_VALUE)) {
			Optional<Minutes> approved = minutes.ofMeeting(meeting.meeting().id())
				.filter(m -> MinutesService.maySee(m, Viewer.ANONYMOUS));
			if (approved.isEmpty()) {
				continue;
			}
			Map<UUID, ItemMinutes> byItem = minutes.items(approved.get().id())
				.stream()
				.collect(Collectors.toMap(ItemMinutes::itemId, Function.identity()));
			for (AgendaItem item : agenda.items(meeting.meeting().id())) {
				ItemMinutes written = byItem.get(item.id());
				if (written == null || written.decision() == null || written.decision().isBlank()) {
					continue;
				}
				Exemption exemption = item.exemption();
				String label = item.caseNumber() == null ? "" : item.caseNumber().toString();
				if (Viewer.ANONYMOUS.maySee(exemption, today)) {
					found.add(new Decision(meeting, label, item.title(), written.decision(), null));
				}
				else if (Viewer.ANONYMOUS.seesPlaceholder(exemption, today)) {
					found.add(new Decision(meeting, label, exemption.publicTitle(), null, item.exemptionBasis()));
				}
			}
		}
		return found;
	}

	/** The decisions grouped by year, the latest first, keeping their order. */
	Map<Integer, List<Decision>> decisionsByYear() {
		Map<Integer, List<Decision>> byYear = new LinkedHashMap<>();
		decisions()
			.forEach(d -> byYear.computeIfAbsent(d.meeting().meeting().meetingDate().getYear(), y -> new ArrayList<>())
				.add(d));
		return byYear;
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	private PublicMeeting publicMeeting(Meeting meeting) {
		String name = meetings.bodyName(meeting);
		return new PublicMeeting(meeting, name, PublicSlug.of(name));
	}

}
