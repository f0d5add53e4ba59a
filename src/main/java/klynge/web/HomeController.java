package klynge.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import klynge.appointment.Appointments;
import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.casefile.BacklogQueue;
import klynge.cluster.ClusterContent;
import klynge.cluster.CurrentCluster;
import klynge.followup.FollowUps;
import klynge.funding.project.OverdueReports;
import klynge.mail.MailOutbox;
import klynge.meeting.MeetingQueue;
import klynge.minutes.MinutesQueue;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.security.Roles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page, per role: everyone sees the cluster, its bodies, the coming meetings
 * and the latest approved minutes; a member their next meetings with papers, the minutes
 * waiting for their comments, their follow-ups and what they proposed; the secretariat
 * what needs doing this week (and the project reports past due); a chair the minutes to
 * approve and the next agenda of the bodies they lead. Someone with several roles sees
 * each role's sections. The data comes from each owning module's query (they filter for
 * the viewer and the cluster), so this page decides only which sections a role gets.
 * <p>
 * A cluster without bodies yet (a fresh setup) gets a "getting started" panel: what to
 * enter first, in the order the registry needs it. The modules say what they hold through
 * {@link ClusterContent}.
 */
@Controller
class HomeController {

	/** "Innkalling snart": planned meetings this close that are not summoned. */
	static final int SUMMONS_DAYS = 14;

	/** Comment rounds closing this close (or already past their deadline). */
	static final int CLOSING_DAYS = 7;

	private final CurrentCluster current;

	private final CurrentUser currentUser;

	private final List<ClusterContent> contents;

	private final BodyDirectory bodies;

	private final MeetingQueue meetings;

	private final MinutesQueue minutes;

	private final FollowUps followUps;

	private final BacklogQueue backlog;

	private final MailOutbox outbox;

	private final Appointments appointments;

	private final OverdueReports overdueReports;

	HomeController(CurrentCluster current, CurrentUser currentUser, List<ClusterContent> contents, BodyDirectory bodies,
			MeetingQueue meetings, MinutesQueue minutes, FollowUps followUps, BacklogQueue backlog, MailOutbox outbox,
			Appointments appointments, OverdueReports overdueReports) {
		this.current = current;
		this.currentUser = currentUser;
		this.contents = contents;
		this.bodies = bodies;
		this.meetings = meetings;
		this.minutes = minutes;
		this.followUps = followUps;
		this.backlog = backlog;
		this.outbox = outbox;
		this.appointments = appointments;
		this.overdueReports = overdueReports;
	}

	@GetMapping("/")
	String home(Model model) {
		UUID cluster = current.id();
		Set<String> present = new HashSet<>();
		contents.forEach(content -> present.addAll(content.kindsPresent(cluster)));
		model.addAttribute("hasOrganisations", present.contains("organisations"));
		model.addAttribute("hasPeople", present.contains("people"));
		model.addAttribute("hasBodies", present.contains("bodies"));

		LoggedIn user = currentUser.get().orElse(null);
		UUID person = user == null ? null : user.personId();
		boolean staff = user != null && user.isStaff();
		boolean member = person != null && (user.hasRole(Roles.MEMBER) || user.hasRole(Roles.CHAIR)
				|| user.hasRole(Roles.OBSERVER) || !meetings.nextOf(person, 1).isEmpty());
		List<BodySummary> led = user != null && user.hasRole(Roles.CHAIR) ? meetings.ledBy(person) : List.of();

		if (staff) {
			model.addAttribute("summonsDue", meetings.dueForSummons(SUMMONS_DAYS));
			model.addAttribute("summonsDays", SUMMONS_DAYS);
			model.addAttribute("minutesToWrite", minutes.toWrite());
			model.addAttribute("roundsClosing", minutes.commentRoundsClosing(CLOSING_DAYS));
			model.addAttribute("closingDays", CLOSING_DAYS);
			model.addAttribute("referrals", backlog.waitingReferrals(20));
			model.addAttribute("overdue", followUps.overdue());
			model.addAttribute("failedMail", outbox.failed(cluster, 20));
			model.addAttribute("endingTerms", appointments.endingTerms());
			model.addAttribute("overdueReports", overdueReports.forStaff(20));
		}
		if (!led.isEmpty()) {
			model.addAttribute("ledBodies", led);
			model.addAttribute("toApprove", minutes.toApprove(led.stream().map(BodySummary::id).toList()));
			model.addAttribute("nextAgendas", meetings.nextAgendasLedBy(person));
		}
		if (member) {
			model.addAttribute("myMeetings", meetings.nextOf(person, 5));
			model.addAttribute("myComments", minutes.awaitingMyComments());
			model.addAttribute("myFollowUps",
					followUps.mineWithNotes().stream().filter(own -> !own.followUp().done()).toList());
			model.addAttribute("myProposals", backlog.proposedByMe(10));
		}
		model.addAttribute("staffSections", staff);
		model.addAttribute("chairSections", !led.isEmpty());
		model.addAttribute("memberSections", member);
		model.addAttribute("bodies", bodies.bodies(cluster));
		model.addAttribute("upcoming", meetings.upcoming(8));
		model.addAttribute("approved", minutes.latestApproved(5));
		return "web/home";
	}

}
