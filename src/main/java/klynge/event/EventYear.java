package klynge.event;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's chapter on events: each published event of the year with its
 * participant numbers (registered and checked in), as a table and a chart. Numbers only:
 * no participant's name.
 */
@Component
class EventYear implements YearInReview {

	private final Events events;

	private final MessageSource messages;

	EventYear(Events events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<ParticipantNumbers> numbers = events.participantNumbers(year);
		if (numbers.isEmpty()) {
			return Optional.empty();
		}
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
		String registered = text("yir.events.registered", locale);
		String checkedIn = text("yir.events.checkedIn", locale);
		Table table = new Table(text("yir.events.tableCaption", locale),
				List.of(text("yir.events.event", locale), text("yir.events.date", locale), registered, checkedIn),
				numbers.stream()
					.map(n -> List.of(n.title(), date.format(n.firstDay()), String.valueOf(n.registered()),
							String.valueOf(n.checkedIn())))
					.toList());
		Chart chart = new Chart(text("yir.events.chart", locale), text("yir.events.unit", locale),
				numbers.stream().map(ParticipantNumbers::title).toList(),
				List.of(new Series(registered, numbers.stream().map(n -> (long) n.registered()).toList()),
						new Series(checkedIn, numbers.stream().map(n -> (long) n.checkedIn()).toList())));
		int total = numbers.stream().mapToInt(ParticipantNumbers::registered).sum();
		return Optional.of(
				new Chapter(
						"events", text("yir.events.title", locale), List.of(messages.getMessage("yir.events.summary",
								new Object[] { numbers.size(), total, year }, locale)),
						List.of(table), List.of(chart)));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
