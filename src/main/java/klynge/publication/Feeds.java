package klynge.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import klynge.event.EventRef;
import klynge.event.Events;
import klynge.funding.Calls;
import klynge.funding.FundingCall;
import klynge.meeting.Access;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Exemption;
import klynge.meeting.Viewer;
import klynge.minutes.ItemMinutes;
import klynge.minutes.Minutes;
import klynge.minutes.MinutesQueue;
import klynge.minutes.MinutesService;
import klynge.minutes.MinutesTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The four public Atom feeds of the cluster of the host: approved minutes, their
 * decisions (vedtak), open calls and events. Written for an anonymous reader whoever asks
 * (a feed is fetched by programs without a login): an item's access is decided by
 * meeting's {@link Viewer#ANONYMOUS} on the {@link FeedClock}'s today, so an exemption
 * that has ended is public from its end date on, and an exempt decision shows only its
 * public title and legal basis. Nothing is cached: every request reads the database.
 */
@Service
class Feeds {

	/** Approved minutes looked at, and entries written, per feed. */
	static final int LIMIT = 50;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MinutesQueue minutesQueue;

	private final MinutesService minutes;

	private final Agenda agenda;

	private final Calls calls;

	private final Events events;

	private final CurrentCluster cluster;

	private final FeedClock clock;

	private final MessageSource messages;

	private final CanonicalUrls urls;

	Feeds(MinutesQueue minutesQueue, MinutesService minutes, Agenda agenda, Calls calls, Events events,
			CurrentCluster cluster, FeedClock clock, MessageSource messages, CanonicalUrls urls) {
		this.urls = urls;
		this.minutesQueue = minutesQueue;
		this.minutes = minutes;
		this.agenda = agenda;
		this.calls = calls;
		this.events = events;
		this.cluster = cluster;
		this.clock = clock;
		this.messages = messages;
	}

	/** Approved minutes, the most recently approved first. */
	Feed minutes() {
		Cluster c = cluster.get();
		List<FeedEntry> entries = approved().stream()
			.limit(LIMIT)
			.map(task -> new FeedEntry(urn(task.meetingId()),
					text("feed.minutes.entry", task.bodyName(), DAY.format(task.meetingDate())),
					urls.of(FeedLinks.minutes(task.bodyName(), task.meetingDate())),
					urls.of("/meetings/" + task.meetingId()), startOf(approvedOn(task), c.zone()),
					text("feed.minutes.summary", DAY.format(approvedOn(task))), null))
			.toList();
		return feed("protokoller", "feed.minutes.title", "/offentlig", entries);
	}

	/**
	 * The decisions of approved minutes, as an anonymous reader may read them today:
	 * public items in full, exempt ones by public title and legal basis, members-only
	 * ones not at all.
	 */
	Feed decisions() {
		Cluster c = cluster.get();
		LocalDate today = clock.today(c.zone());
		List<FeedEntry> entries = new ArrayList<>();
		for (MinutesTask task : approved()) {
			Minutes approved = minutes.ofMeeting(task.meetingId()).filter(Minutes::approved).orElse(null);
			if (approved == null) {
				continue;
			}
			Map<UUID, AgendaItem> items = agenda.items(task.meetingId())
				.stream()
				.collect(Collectors.toMap(AgendaItem::id, Function.identity()));
			String page = urls.of(FeedLinks.minutes(task.bodyName(), task.meetingDate()));
			for (ItemMinutes item : minutes.items(approved.id())) {
				AgendaItem agendaItem = items.get(item.itemId());
				if (agendaItem == null || item.decision() == null || item.decision().isBlank()) {
					continue;
				}
				FeedEntry entry = decision(agendaItem, items, item, task, page, today, c.zone());
				if (entry != null) {
					entries.add(entry);
				}
			}
			if (entries.size() >= LIMIT) {
				break;
			}
		}
		return feed("vedtak", "feed.decisions.title", "/offentlig/vedtak",
				entries.stream().sorted(Comparator.comparing(FeedEntry::updated).reversed()).limit(LIMIT).toList());
	}

	/** Published calls still open for applications. */
	Feed calls() {
		ZoneId zone = cluster.get().zone();
		List<FeedEntry> entries = calls.published()
			.stream()
			.sorted(Comparator.comparing(FundingCall::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(LIMIT)
			.map(call -> new FeedEntry(urn(call.id()), call.title(), urls.of("/calls/" + call.id()), null,
					call.publishedAt() != null ? call.publishedAt() : startOf(clock.today(zone), zone),
					call.conditions().deadline() == null ? null
							: text("feed.call.deadline",
									DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
										.format(call.conditions().deadline().atZone(zone))),
					null))
			.toList();
		return feed("utlysninger", "feed.calls.title", "/open-calls", entries);
	}

	/**
	 * Published events, the latest first; an event's time stands as its date (the event
	 * module tells no time of change).
	 */
	Feed events() {
		ZoneId zone = cluster.get().zone();
		List<FeedEntry> entries = events.publicEvents()
			.stream()
			.filter(EventRef::published)
			.limit(LIMIT)
			.map(event -> new FeedEntry(urn(event.id()), event.title(), urls.of("/arrangementer/" + event.slug()), null,
					event.startsAt().toInstant(), period(event, zone), null))
			.toList();
		return feed("arrangementer", "feed.events.title", "/arrangementer", entries);
	}

	private FeedEntry decision(AgendaItem item, Map<UUID, AgendaItem> items, ItemMinutes minutesOfItem,
			MinutesTask task, String page, LocalDate today, ZoneId zone) {
		AgendaItem parent = item.parentId() == null ? null : items.get(item.parentId());
		Viewer reader = Viewer.ANONYMOUS;
		boolean parentOpen = parent == null || reader.maySee(parent.exemption(), today);
		String number = item.caseNumber() == null ? "" : item.caseNumber().toString();
		Instant updated = startOf(opened(approvedOn(task), item.exemption(), today), zone);
		String related = urls.of("/meetings/" + task.meetingId() + "#item-" + item.id());
		if (parentOpen && reader.maySee(item.exemption(), today)) {
			return new FeedEntry(urn(item.id()), text("feed.decision.entry", number, item.title()).strip(), page,
					related, updated, text("feed.decision.summary", task.bodyName(), DAY.format(task.meetingDate())),
					minutesOfItem.decision());
		}
		Exemption shown = parentOpen ? item.exemption() : parent.exemption();
		if (!reader.seesPlaceholder(shown, today)) {
			return null;
		}
		String title = shown.publicTitle() == null || shown.publicTitle().isBlank()
				? text("feed.exempt.title", shown.legalBasis()) : shown.publicTitle();
		return new FeedEntry(urn(item.id()), text("feed.decision.entry", number, title).strip(), page, related, updated,
				text("feed.exempt.summary", shown.legalBasis()), null);
	}

	/**
	 * The day the decision became public: its approval, or the end of its exemption when
	 * that came later (a feed reader sees the entry again, now in full).
	 */
	static LocalDate opened(LocalDate approvedOn, Exemption exemption, LocalDate today) {
		if (exemption.access() == Access.EXEMPT && exemption.endsOn() != null && !today.isBefore(exemption.endsOn())
				&& exemption.endsOn().isAfter(approvedOn)) {
			return exemption.endsOn();
		}
		return approvedOn;
	}

	/** Approved minutes, the latest approval first. */
	private List<MinutesTask> approved() {
		return minutesQueue.latestApproved(4 * LIMIT)
			.stream()
			.sorted(Comparator.comparing(Feeds::approvedOn)
				.thenComparing(MinutesTask::meetingDate)
				.thenComparing(MinutesTask::meetingId)
				.reversed())
			.toList();
	}

	private static LocalDate approvedOn(MinutesTask task) {
		return task.approvedOn() != null ? task.approvedOn() : task.meetingDate();
	}

	private Feed feed(String name, String titleKey, String page, List<FeedEntry> entries) {
		Cluster c = cluster.get();
		Instant updated = entries.stream()
			.map(FeedEntry::updated)
			.max(Comparator.naturalOrder())
			.orElseGet(() -> startOf(clock.today(c.zone()), c.zone()));
		String id = urn(
				UUID.nameUUIDFromBytes(("klynge-feed:" + c.id() + ":" + name).getBytes(StandardCharsets.UTF_8)));
		return new Feed(id, text(titleKey, c.name()), urls.of("/feed/" + name + ".atom"), urls.of(page), c.name(),
				language(c), updated, entries);
	}

	private String period(EventRef event, ZoneId zone) {
		DateTimeFormatter at = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
		return at.format(event.startsAt().atZoneSameInstant(zone)) + "–"
				+ at.format(event.endsAt().atZoneSameInstant(zone));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, cluster.get().locale());
	}

	/** The cluster's language as an xml:lang tag ("nb", "nn", "en"). */
	static String language(Cluster c) {
		String tag = c.locale().toLanguageTag();
		return tag.isBlank() || "und".equals(tag) ? "nb" : tag;
	}

	private static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	static String urn(UUID id) {
		return "urn:uuid:" + id;
	}

}
