package klynge.collaboration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.event.EventLink;
import klynge.event.Events;
import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's chapter on collaboration partners (order 70): the partnerships
 * formalised, the talks begun and the collaborations ended in the year, and the events
 * held with partners. Only partners {@link PartnerRules#namedInReport} allows are named;
 * never the contact.
 */
@Component
class CollaborationYear implements YearInReview {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final PartnerRepository repository;

	private final Events events;

	private final MessageSource messages;

	CollaborationYear(PartnerRepository repository, Events events, MessageSource messages) {
		this.repository = repository;
		this.events = events;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<StatusChange> history = repository.history(clusterId);
		Set<UUID> formalised = new HashSet<>();
		history.stream()
			.filter(c -> c.status() == PartnerStatus.FORMALISED)
			.forEach(c -> formalised.add(c.partnerId()));
		Map<UUID, Partner> named = repository.all(clusterId)
			.stream()
			.filter(p -> PartnerRules.namedInReport(p.status(), p.showPublicly(), formalised.contains(p.id())))
			.collect(Collectors.toMap(Partner::id, Function.identity()));
		List<StatusChange> inYear = history.stream()
			.filter(c -> c.changedOn().getYear() == year && named.containsKey(c.partnerId()))
			.toList();

		Map<UUID, List<String>> partnersOfEvent = new LinkedHashMap<>();
		repository.events(clusterId)
			.stream()
			.filter(row -> named.containsKey(row.partnerId()))
			.forEach(row -> partnersOfEvent.computeIfAbsent(row.eventId(), id -> new ArrayList<>())
				.add(named.get(row.partnerId()).name()));
		List<EventLink> shared = events.links(clusterId, partnersOfEvent.keySet())
			.stream()
			.filter(e -> e.firstDay().getYear() == year)
			.sorted((a, b) -> a.firstDay().compareTo(b.firstDay()))
			.toList();
		if (inYear.isEmpty() && shared.isEmpty()) {
			return Optional.empty();
		}

		List<String> paragraphs = new ArrayList<>();
		for (PartnerStatus status : PartnerStatus.values()) {
			List<String> names = inYear.stream()
				.filter(c -> c.status() == status)
				.map(c -> named.get(c.partnerId()).name())
				.distinct()
				.toList();
			if (!names.isEmpty()) {
				paragraphs.add(msg(locale, "collaboration.year." + status.name(), String.valueOf(year),
						String.join(", ", names)));
			}
		}
		List<Table> tables = new ArrayList<>();
		if (!inYear.isEmpty()) {
			tables.add(new Table(msg(locale, "collaboration.year.changes", String.valueOf(year)),
					List.of(msg(locale, "collaboration.field.name"), msg(locale, "collaboration.field.status"),
							msg(locale, "collaboration.field.changedOn")),
					inYear.stream()
						.map(c -> List.of(named.get(c.partnerId()).name(), msg(locale, c.status().messageKey()),
								DATE.format(c.changedOn())))
						.toList()));
		}
		if (!shared.isEmpty()) {
			paragraphs.add(msg(locale, "collaboration.year.events", String.valueOf(year), shared.size()));
			tables.add(new Table(msg(locale, "collaboration.year.eventsCaption", String.valueOf(year)),
					List.of(msg(locale, "collaboration.field.event"), msg(locale, "collaboration.field.when"),
							msg(locale, "collaboration.field.partners")),
					shared.stream()
						.map(e -> List.of(e.title(), DATE.format(e.firstDay()),
								String.join(", ", partnersOfEvent.get(e.id()))))
						.toList()));
		}
		return Optional
			.of(new Chapter("collaboration", msg(locale, "collaboration.year.title"), paragraphs, tables, List.of()));
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
