package klynge.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import klynge.cluster.CurrentCluster;
import klynge.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public journal (issue 17, requirement 3): without login, for the cluster of the
 * host. {@link PublicJournal} reads everything as an anonymous reader.
 */
@Controller
class PublicationController {

	private final PublicJournal journal;

	private final CanonicalUrls urls;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	PublicationController(PublicJournal journal, CanonicalUrls urls, CurrentCluster cluster, MessageSource messages) {
		this.journal = journal;
		this.urls = urls;
		this.cluster = cluster;
		this.messages = messages;
	}

	@GetMapping("/offentlig")
	String index(Model model, Locale locale) {
		model.addAttribute("bodies", journal.bodies());
		model.addAttribute("upcoming", journal.upcoming(10));
		model.addAttribute("approved", journal.latestApproved(10));
		head(model, locale, "/offentlig", "website", "publication.index.title", "publication.index.description");
		return "publication/index";
	}

	@GetMapping("/offentlig/vedtak")
	String decisions(Model model, Locale locale) {
		model.addAttribute("decisionsByYear", journal.decisionsByYear());
		head(model, locale, "/offentlig/vedtak", "website", "publication.decisions.title",
				"publication.decisions.description");
		return "publication/decisions";
	}

	@GetMapping("/offentlig/{body}")
	String body(@PathVariable String body, Model model, Locale locale) {
		PublicJournal.PublicBody found = journal.body(body).orElseThrow(() -> new NotFoundException("body", body));
		model.addAttribute("body", found);
		model.addAttribute("members", journal.members(found.body().id()));
		model.addAttribute("meetingsByYear", journal.meetingsByYear(found.body().id()));
		head(model, locale, found.path(), "website", "publication.body.title", "publication.body.description",
				found.body().name());
		return "publication/body";
	}

	@GetMapping("/offentlig/{body}/{date}")
	String meeting(@PathVariable String body, @PathVariable String date, Model model, Locale locale) {
		LocalDate day;
		try {
			day = LocalDate.parse(date);
		}
		catch (DateTimeParseException e) {
			throw new NotFoundException("meeting", date);
		}
		PublicJournal.PublicMeeting meeting = journal.meeting(body, day)
			.orElseThrow(() -> new NotFoundException("meeting", body + "/" + date));
		model.addAttribute("meeting", meeting);
		model.addAttribute("page", journal.view(meeting));
		String kind = meeting.approved() ? "publication.meeting.minutes" : "publication.meeting.summons";
		String what = messages.getMessage(kind, null, locale);
		head(model, locale, meeting.path(), "article", "publication.meeting.title", "publication.meeting.description",
				what, meeting.bodyName(), shortDate(day));
		return "publication/meeting";
	}

	private void head(Model model, Locale locale, String path, String type, String titleKey, String descriptionKey,
			Object... args) {
		String site = cluster.get().name();
		Object[] withSite = new Object[args.length + 1];
		System.arraycopy(args, 0, withSite, 0, args.length);
		withSite[args.length] = site;
		model.addAttribute("publicHead",
				new PublicHead(messages.getMessage(titleKey, withSite, locale),
						messages.getMessage(descriptionKey, withSite, locale), urls.of(path), type, site,
						CanonicalUrls.ogLocale(locale)));
	}

	private static String shortDate(LocalDate day) {
		return "%02d.%02d.%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

}
