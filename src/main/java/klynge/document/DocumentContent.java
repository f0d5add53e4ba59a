package klynge.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceSheet;
import klynge.meeting.attendance.Attendee;
import klynge.meeting.ItemDocument;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingTexts;
import klynge.meeting.MeetingView;
import klynge.meeting.MeetingViews;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.minutes.Minutes;
import klynge.minutes.MinutesService;
import klynge.shared.NotFoundException;
import klynge.shared.WebLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link MeetingDocument} of a meeting for an audience from its
 * {@link MeetingView} (exempt items the audience may not see become their public title
 * and legal basis): the minutes print every part the view has under an item, in the order
 * of the minutes, in the cluster's language.
 */
@Component
class DocumentContent {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MeetingViews views;

	private final Meetings meetings;

	private final MinutesService minutes;

	private final MeetingTexts texts;

	private final Clusters clusters;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	private final SvgLogo logos;

	private final String baseUrl;

	DocumentContent(MeetingViews views, Meetings meetings, MinutesService minutes, MeetingTexts texts,
			Clusters clusters, CurrentCluster cluster, MessageSource messages, SvgLogo logos,
			@Value("${klynge.base-url:http://localhost:8080}") String baseUrl) {
		this.views = views;
		this.meetings = meetings;
		this.minutes = minutes;
		this.texts = texts;
		this.clusters = clusters;
		this.cluster = cluster;
		this.messages = messages;
		this.logos = logos;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The summons: header, those summoned and the agenda with documents and proposed
	 * decisions.
	 */
	MeetingDocument summons(UUID meetingId, Viewer viewer) {
		return build(Kind.SUMMONS, views.of(meetingId, viewer), null);
	}

	/**
	 * The minutes; 404 when there are none or the audience may not read them yet
	 * (drafts).
	 */
	MeetingDocument minutes(UUID meetingId, Viewer viewer) {
		MeetingView page = views.of(meetingId, viewer);
		Minutes found = minutes.ofMeeting(meetingId)
			.filter(m -> MinutesService.maySee(m, page.viewer()))
			.orElseThrow(() -> new NotFoundException("minutes", meetingId));
		return build(Kind.MINUTES, page, found);
	}

	private MeetingDocument build(Kind kind, MeetingView page, Minutes found) {
		Cluster current = cluster.get();
		Locale locale = current.locale();
		Meeting meeting = page.meeting();
		String kindName = msg(locale, kind == Kind.MINUTES ? "export.minutes" : "export.summons");
		// "REFERAT PARTNERMØTE": the partner meeting is headed by its kind, as the seed
		// writes it
		String heading = meetings.isPartnerMeeting(meeting) ? msg(locale, "body.type.PARTNER_MEETING")
				: page.bodyName();
		String titleLine = msg(locale, "export.titleLine", kindName.toUpperCase(locale), heading.toUpperCase(locale),
				page.clusterName().toUpperCase(locale));
		String name = kindName + " " + page.bodyName() + " " + SHORT.format(meeting.meetingDate());
		byte[] logo = clusters.logo(current.id()).map(logos::png).orElse(null);

		String place = meeting.place();
		String onlineUrl = meeting.online() && WebLinks.isWebAddress(meeting.onlineUrl()) ? meeting.onlineUrl() : null;
		// The address is the link, its text the kind of meeting ("Teams", as the seed and
		// the page say):
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
				sentences
					.add(msg(locale, "export.deputySentence", deputy.deputyName(), deputy.deputyOrganisationShort()));
			}
			if (page.hasChairSentence()) {
				sentences.add(msg(locale, "export.chairSentence", page.chairName(), page.chairOrganisation(),
						page.chairStandsInFor()));
			}
		}
		String status = null;
		if (found != null) {
			status = found.approved()
					? msg(locale, "export.status.APPROVED",
							found.approvedOn() == null ? "" : SHORT.format(found.approvedOn()))
					: msg(locale, "export.status." + found.status().name());
		}
		List<Item> items = new ArrayList<>();
		for (MeetingView.Item view : page.items()) {
			items.add(item(kind, view, msg(locale, "export.caseLabel", view.label()), "sak-" + view.label(), locale));
		}
		return new MeetingDocument(kind, locale, titleLine, name, page.clusterName(),
				colour(current.primaryColour(), "#005a6e"), colour(current.secondaryColour(), "#e4f1f4"), logo,
				msg(locale, "export.logo", page.clusterName()), place, onlineUrl, onlineLabel, date, time,
				attendance(kind, page.attendance(), locale), sentences, status, items);
	}

	private Item item(Kind kind, MeetingView.Item view, String label, String anchor, Locale locale) {
		if (view.placeholder()) {
			String title = view.title() != null ? view.title() : msg(locale, "export.exemptTitle");
			return Item.placeholder(label, anchor, title,
					msg(locale, "export.exemptNotice", view.item().exemptionBasis()));
		}
		List<Item> subItems = new ArrayList<>();
		// The matters raised under "Eventuelt" are listed by title, without the letters
		// of sub-items
		boolean lettered = view.item().type() != AgendaItemType.OTHER_BUSINESS;
		for (MeetingView.Item sub : view.subItems()) {
			subItems.add(item(kind, sub, lettered ? sub.label() + "." : "", anchor + "-" + sub.label(), locale));
		}
		List<Link> documents = view.documents().stream().map(d -> link(d, locale)).toList();
		String presenter = view.presenterLine() == null ? null : msg(locale, "export.presenter", view.presenterLine());
		if (kind == Kind.SUMMONS) {
			// the summons has no minutes yet, but the figures an item is based on (a
			// budget's alternatives) are part of what is sent out with it
			List<MeetingDocument.Block> basis = blocks(view.opening(), locale).stream()
				.filter(b -> b instanceof MeetingDocument.Table)
				.toList();
			return new Item(label, anchor, view.title(), null, presenter, view.item().priorHandling(), documents,
					view.item().proposedDecision(), basis, subItems, List.of());
		}
		List<MeetingDocument.Block> opening = inlineFollowUps(blocks(view.opening(), locale));
		List<MeetingDocument.Block> closing = blocks(view.closing(), locale);
		// A document the notes link to is shown there, where the minutes mention it, and
		// not listed again
		documents = documents.stream()
			.filter(d -> d.url() == null || opening.stream()
				.noneMatch(b -> b instanceof MeetingDocument.Html html && Xhtml.links(html.xhtml(), d.url())))
			.toList();
		return new Item(label, anchor, view.title(), null, presenter, view.item().priorHandling(), documents, null,
				opening, subItems, closing);
	}

	/**
	 * Follow-ups close the notes' last paragraph, in italics, as the seed writes them ("…
	 * eller ikke. <em>GG følger opp saken.</em>"); without notes to close they stay
	 * paragraphs of their own.
	 */
	private static List<MeetingDocument.Block> inlineFollowUps(List<MeetingDocument.Block> blocks) {
		List<String> follows = blocks.stream()
			.filter(b -> b instanceof MeetingDocument.Para para && "follow-up".equals(para.style())
					&& para.url() == null)
			.map(b -> ((MeetingDocument.Para) b).text())
			.toList();
		int notes = -1;
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof MeetingDocument.Html html && "notes".equals(html.style())) {
				notes = i;
			}
		}
		if (follows.isEmpty() || notes < 0) {
			return blocks;
		}
		MeetingDocument.Html html = (MeetingDocument.Html) blocks.get(notes);
		String closed = Xhtml.appendToLastParagraph(html.xhtml(), follows);
		if (closed == null) {
			return blocks;
		}
		List<MeetingDocument.Block> result = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			MeetingDocument.Block b = blocks.get(i);
			if (i == notes) {
				result.add(new MeetingDocument.Html(html.style(), closed));
			}
			else if (!(b instanceof MeetingDocument.Para para && "follow-up".equals(para.style())
					&& para.url() == null)) {
				result.add(b);
			}
		}
		return result;
	}

	/**
	 * The printable parts as the document's blocks, links made absolute (a PDF has no
	 * site to be relative to).
	 */
	private List<MeetingDocument.Block> blocks(List<MeetingPart> parts, Locale locale) {
		List<MeetingDocument.Block> blocks = new ArrayList<>();
		for (MeetingPart part : parts) {
			String style = switch (part.slot()) {
				case FOLLOW_UPS -> "follow-up";
				default -> part.slot().name().toLowerCase(Locale.ROOT).replace('_', '-');
			};
			for (MeetingPart.Block block : part.blocks()) {
				blocks.add(switch (block) {
					case MeetingPart.Html html ->
						new MeetingDocument.Html(style, Xhtml.absoluteLinks(html.html(), baseUrl));
					case MeetingPart.Text text -> new MeetingDocument.Para(
							text.labelKey() == null && part.slot() == MeetingPart.Slot.FEEDBACK ? "feedback-heading"
									: style,
							text.labelKey() == null ? null : msg(locale, text.labelKey()), text.text(), text.emphasis(),
							null);
					case MeetingPart.Line line ->
						new MeetingDocument.Para(style, null, texts.text(line, locale), false, null);
					case MeetingPart.Table table ->
						new MeetingDocument.Table(style, texts.text(table.caption(), locale),
								table.columns().stream().map(c -> texts.text(c, locale)).toList(),
								table.rows()
									.stream()
									.map(row -> row.stream().map(c -> texts.text(c, locale)).toList())
									.toList());
					case MeetingPart.Link link ->
						new MeetingDocument.Para(style, link.prefixKey() == null ? null : msg(locale, link.prefixKey()),
								texts.text(link.label(), locale), false,
								WebLinks.isLink(absolute(link.href())) ? absolute(link.href()) : null);
				});
			}
		}
		return blocks;
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
			List<Row> rows = sheet.section(section)
				.stream()
				.map(a -> new Row(a.seat() == null ? "" : a.seat(), a.name(), a.code() == null ? "" : a.code(),
						a.summonedCode(), kind == Kind.MINUTES ? a.status().code() : ""))
				.toList();
			groups.add(new AttendanceGroup(
					section == AttendanceSection.MEMBER ? null : msg(locale, "export.section." + section.name()),
					rows));
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
