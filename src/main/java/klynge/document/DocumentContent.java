package klynge.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.cluster.Cluster;
import klynge.cluster.Clusters;
import klynge.cluster.CurrentCluster;
import klynge.document.MeetingDocument.AttendanceGroup;
import klynge.document.MeetingDocument.Item;
import klynge.document.MeetingDocument.Kind;
import klynge.document.MeetingDocument.Link;
import klynge.document.MeetingDocument.Row;
import klynge.followup.FollowUpView;
import klynge.followup.FollowUps;
import klynge.meeting.AgendaItemType;
import klynge.meeting.AttendanceSection;
import klynge.meeting.AttendanceSheet;
import klynge.meeting.Attendee;
import klynge.meeting.ItemDocument;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPage;
import klynge.meeting.MeetingPages;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.minutes.ItemMinutes;
import klynge.minutes.Minutes;
import klynge.minutes.MinutesMarkdown;
import klynge.minutes.MinutesService;
import klynge.minutes.ReferenceLinks;
import klynge.shared.NotFoundException;
import klynge.shared.WebLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link MeetingDocument} of a meeting for an audience from the filtered meeting page
 * (exempt items the audience may not see become their public title and legal basis), the minutes
 * and the follow-ups, in the cluster's language.
 */
@Component
class DocumentContent {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MeetingPages pages;

	private final Meetings meetings;

	private final MinutesService minutes;

	private final ReferenceLinks references;

	private final FollowUps followUps;

	private final Clusters clusters;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	private final SvgLogo logos;

	private final String baseUrl;

	DocumentContent(MeetingPages pages, Meetings meetings, MinutesService minutes, ReferenceLinks references, FollowUps followUps,
			Clusters clusters, CurrentCluster cluster, MessageSource messages, SvgLogo logos,
			@Value("${klynge.base-url:http://localhost:8080}") String baseUrl) {
		this.pages = pages;
		this.meetings = meetings;
		this.minutes = minutes;
		this.references = references;
		this.followUps = followUps;
		this.clusters = clusters;
		this.cluster = cluster;
		this.messages = messages;
		this.logos = logos;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The summons: header, those summoned and the agenda with documents and proposed decisions. */
	MeetingDocument summons(UUID meetingId, Viewer viewer) {
		MeetingPage page = pages.page(meetingId, viewer);
		return build(Kind.SUMMONS, page, null, Map.of(), Map.of());
	}

	/** The minutes; 404 when there are none or the audience may not read them yet (drafts). */
	MeetingDocument minutes(UUID meetingId, Viewer viewer) {
		MeetingPage page = pages.page(meetingId, viewer);
		Minutes found = minutes.ofMeeting(meetingId)
			.filter(m -> MinutesService.maySee(m, page.viewer()))
			.orElseThrow(() -> new NotFoundException("minutes", meetingId));
		Map<UUID, ItemMinutes> byItem = minutes.items(found.id()).stream()
			.collect(Collectors.toMap(ItemMinutes::itemId, Function.identity()));
		Map<UUID, List<FollowUpView>> follow = followUps.ofMeeting(page.meeting(), page.viewer());
		return build(Kind.MINUTES, page, found, byItem, follow);
	}

	private MeetingDocument build(Kind kind, MeetingPage page, Minutes found, Map<UUID, ItemMinutes> byItem,
			Map<UUID, List<FollowUpView>> follow) {
		Cluster current = cluster.get();
		Locale locale = current.locale();
		Meeting meeting = page.meeting();
		String kindName = msg(locale, kind == Kind.MINUTES ? "export.minutes" : "export.summons");
		// "REFERAT PARTNERMØTE": the partner meeting is headed by its kind, as the seed writes it
		String heading = meetings.isPartnerMeeting(meeting) ? msg(locale, "body.type.PARTNER_MEETING") : page.bodyName();
		String titleLine = msg(locale, "export.titleLine", kindName.toUpperCase(locale), heading.toUpperCase(locale),
				page.clusterName().toUpperCase(locale));
		String name = kindName + " " + page.bodyName() + " " + SHORT.format(meeting.meetingDate());
		byte[] logo = clusters.logo(current.id()).map(logos::png).orElse(null);

		String place = meeting.place();
		String onlineUrl = meeting.online() && WebLinks.isWebAddress(meeting.onlineUrl()) ? meeting.onlineUrl() : null;
		// The address is the link, its text the kind of meeting ("Teams", as the seed and the page say):
		// a raw address runs over three lines and tells the reader nothing.
		String onlineLabel = meeting.online() ? msg(locale, onlineLabelKey(meeting.onlineUrl())) : null;
		if (onlineLabel != null && onlineUrl == null) {
			place = place.isEmpty() ? onlineLabel : place + " / " + onlineLabel;
			onlineLabel = null;
		}
		String date = capitalize(DateTimeFormatter.ofPattern("EEEE dd.MM.yyyy", locale).format(meeting.meetingDate()),
				locale);
		String time = meeting.startsAt() == null ? ""
				: DateTimeFormatter.ofPattern("HH:mm").format(meeting.startsAt()) + (meeting.endsAt() == null ? ""
						: "\u2013" + DateTimeFormatter.ofPattern("HH:mm").format(meeting.endsAt()));

		List<String> sentences = new ArrayList<>();
		if (kind == Kind.MINUTES) {
			for (Attendee deputy : page.attendance().deputiesWhoAttended()) {
				sentences.add(msg(locale, "export.deputySentence", deputy.deputyName(), deputy.deputyOrganisationShort()));
			}
			if (page.hasChairSentence()) {
				sentences.add(msg(locale, "export.chairSentence", page.chairName(), page.chairOrganisation(),
						page.chairStandsInFor()));
			}
		}
		String status = null;
		if (found != null) {
			status = found.approved()
					? msg(locale, "export.status.APPROVED", found.approvedOn() == null ? "" : SHORT.format(found.approvedOn()))
					: msg(locale, "export.status." + found.status().name());
		}
		MinutesMarkdown.Resolver links = found == null ? MinutesMarkdown.Resolver.NONE
				: references.resolverFor(meeting.bodyId(), page.viewer());
		MinutesMarkdown.Resolver resolver = reference -> links.apply(reference).map(this::absolute);

		List<Item> items = new ArrayList<>();
		for (MeetingPage.ItemView view : page.items()) {
			items.add(item(kind, view, msg(locale, "export.caseLabel", view.label()), "sak-" + view.label(), locale,
					byItem, follow, resolver));
		}
		return new MeetingDocument(kind, locale, titleLine, name, page.clusterName(), colour(current.primaryColour(), "#005a6e"),
				colour(current.secondaryColour(), "#e4f1f4"), logo, msg(locale, "export.logo", page.clusterName()), place,
				onlineUrl, onlineLabel, date, time, attendance(kind, page.attendance(), locale),
				sentences, status, items);
	}

	private Item item(Kind kind, MeetingPage.ItemView view, String label, String anchor, Locale locale,
			Map<UUID, ItemMinutes> byItem, Map<UUID, List<FollowUpView>> follow, MinutesMarkdown.Resolver resolver) {
		if (view.placeholder()) {
			String title = view.title() != null ? view.title() : msg(locale, "export.exemptTitle");
			return Item.placeholder(label, anchor, title, msg(locale, "export.exemptNotice", view.item().exemptionBasis()));
		}
		List<Item> subItems = new ArrayList<>();
		// The matters raised under "Eventuelt" are listed by title, without the letters of sub-items
		boolean lettered = view.item().type() != AgendaItemType.OTHER_BUSINESS;
		for (MeetingPage.ItemView sub : view.subItems()) {
			subItems.add(item(kind, sub, lettered ? sub.label() + "." : "", anchor + "-" + sub.label(), locale, byItem,
					follow, resolver));
		}
		List<Link> documents = view.documents().stream().map(d -> link(d, locale)).toList();
		String presenter = view.presenterLine() == null ? null : msg(locale, "export.presenter", view.presenterLine());
		if (kind == Kind.SUMMONS) {
			return new Item(label, anchor, view.title(), null, presenter, view.item().priorHandling(), documents,
					view.item().proposedDecision(), "", null, "", null, List.of(), subItems);
		}
		Optional<ItemMinutes> im = Optional.ofNullable(byItem.get(view.item().id()));
		List<String> follows = follow.getOrDefault(view.item().id(), List.of()).stream().map(FollowUpView::sentence).toList();
		String notes = im.map(m -> Xhtml.absoluteLinks(MinutesMarkdown.render(m.notes(), resolver), baseUrl)).orElse("");
		// A document the notes link to is shown there, where the minutes mention it, and not listed again
		String linkedInNotes = notes;
		documents = documents.stream().filter(d -> d.url() == null || !Xhtml.links(linkedInNotes, d.url())).toList();
		// Follow-ups close the notes' last paragraph, in italics ("… eller ikke. *GG følger opp saken.*")
		String withFollowUps = Xhtml.appendToLastParagraph(notes, follows);
		if (withFollowUps != null) {
			notes = withFollowUps;
			follows = List.of();
		}
		return new Item(label, anchor, view.title(), null, presenter, view.item().priorHandling(), documents, null,
				notes, im.map(ItemMinutes::feedbackHeading).filter(h -> !h.isBlank()).orElse(null),
				im.map(m -> Xhtml.absoluteLinks(MinutesMarkdown.renderBullets(m.feedbackLines(), resolver), baseUrl))
					.orElse(""),
				im.map(ItemMinutes::decision).filter(d -> !d.isBlank()).orElse(null), follows, subItems);
	}

	/** "Teams" for a Teams address, else "Nettmøte". */
	private static String onlineLabelKey(String url) {
		java.net.URI uri = WebLinks.uriOrNull(url);
		String host = uri == null ? null : uri.getHost();
		return host != null && (host.equals("teams.microsoft.com") || host.endsWith(".teams.microsoft.com")
				|| host.equals("teams.live.com")) ? "export.online.teams" : "export.online";
	}

	private Link link(ItemDocument document, Locale locale) {
		String note = document.sentAfter() && document.sentAfterOn() != null
				? msg(locale, "export.sentAfter", SHORT.format(document.sentAfterOn())) : null;
		String url = absolute(document.url());
		return new Link(document.title(), WebLinks.isLink(url) ? url : null, note);
	}

	private List<AttendanceGroup> attendance(Kind kind, AttendanceSheet sheet, Locale locale) {
		List<AttendanceGroup> groups = new ArrayList<>();
		for (AttendanceSection section : sheet.sections()) {
			List<Row> rows = sheet.section(section).stream()
				.map(a -> new Row(a.seat() == null ? "" : a.seat(), a.name(), a.code() == null ? "" : a.code(),
						a.summonedCode(), kind == Kind.MINUTES ? a.status().code() : ""))
				.toList();
			groups.add(new AttendanceGroup(section == AttendanceSection.MEMBER ? null
					: msg(locale, "export.section." + section.name()), rows));
		}
		return groups;
	}

	/** "Referat Partnermøtet 2023-03-27": the download's file name without extension. */
	String fileName(UUID meetingId, boolean minutesFile) {
		Meeting meeting = meetings.meeting(meetingId);
		Locale locale = cluster.get().locale();
		return msg(locale, minutesFile ? "export.minutes" : "export.summons") + " " + meetings.bodyName(meeting) + " "
				+ meeting.meetingDate();
	}

	String absolute(String url) {
		if (url != null && url.startsWith("/") && !url.startsWith("//")) {
			return baseUrl + url;
		}
		return url;
	}

	LocalDate today() {
		return minutes.today();
	}

	String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String capitalize(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	private static String colour(String value, String fallback) {
		return value != null && value.matches("#[0-9a-fA-F]{6}") ? value : fallback;
	}
}
