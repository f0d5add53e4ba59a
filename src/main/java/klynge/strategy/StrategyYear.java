package klynge.strategy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The strategy's chapter of the annual report (order 80): each goal's light at the end of
 * the year, the lights set during the year, and the inputs received in the year (only
 * those given at public items, or at none).
 */
@Component
class StrategyYear implements YearInReview {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final StrategyRepository repository;

	private final Strategies strategies;

	private final MessageSource messages;

	StrategyYear(StrategyRepository repository, Strategies strategies, MessageSource messages) {
		this.repository = repository;
		this.strategies = strategies;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<Strategy> adopted = repository.adoptedIn(clusterId, year);
		if (adopted.isEmpty()) {
			return Optional.empty();
		}
		Views.StrategyPage page = strategies.page(clusterId, adopted.getFirst(), false);
		LocalDate end = LocalDate.of(year, 12, 31);
		List<List<String>> lights = new ArrayList<>();
		List<List<String>> changes = new ArrayList<>();
		for (Views.FocusAreaView area : page.areas()) {
			for (Views.GoalView goal : area.goals()) {
				lights.add(List.of(area.area().name(), goal.goal().text(),
						light(StrategyRules.lightOn(goal.history(), end), locale)));
				goal.history()
					.reversed()
					.stream()
					.filter(a -> a.assessedOn().getYear() == year)
					.forEach(a -> changes.add(List.of(a.assessedOn().format(DAY), goal.goal().text(),
							light(a.light(), locale), a.comment() == null ? "" : a.comment())));
			}
		}
		List<List<String>> inputs = page.inputs()
			.stream()
			.filter(i -> i.input().givenOn().getYear() == year)
			.map(i -> List.of(i.input().givenOn().format(DAY), i.input().givenBy(), i.input().text(),
					i.item() == null ? "" : i.item().label(), text(i.input().status().messageKey(), locale)))
			.toList();
		List<String> paragraphs = List.of(text("strategy.year.intro", locale, page.strategy().name(),
				String.valueOf(year), changes.size(), inputs.size()));
		List<Table> tables = new ArrayList<>();
		tables.add(new Table(text("strategy.year.lights", locale, String.valueOf(year)), List
			.of(text("strategy.focusArea", locale), text("strategy.goal", locale), text("strategy.light", locale)),
				lights));
		if (!changes.isEmpty()) {
			tables.add(
					new Table(text("strategy.year.changes", locale, String.valueOf(year)),
							List.of(text("strategy.history.date", locale), text("strategy.goal", locale),
									text("strategy.light", locale), text("strategy.history.comment", locale)),
							changes));
		}
		if (!inputs.isEmpty()) {
			tables.add(new Table(text("strategy.year.inputs", locale, String.valueOf(year)),
					List.of(text("strategy.input.givenOn", locale), text("strategy.input.givenBy", locale),
							text("strategy.input.text", locale), text("strategy.input.item", locale),
							text("strategy.input.status", locale)),
					inputs));
		}
		List<String> categories = List.of(Light.GREEN, Light.YELLOW, Light.RED, Light.NOT_ASSESSED)
			.stream()
			.map(l -> light(l, locale))
			.toList();
		List<Long> counts = List.of(Light.GREEN, Light.YELLOW, Light.RED, Light.NOT_ASSESSED)
			.stream()
			.map(l -> page.goals().stream().filter(g -> StrategyRules.lightOn(g.history(), end) == l).count())
			.toList();
		List<Chart> charts = List.of(new Chart(text("strategy.year.chart", locale, String.valueOf(year)),
				text("strategy.year.goals", locale), categories,
				List.of(new Series(text("strategy.year.goals", locale), counts))));
		return Optional.of(new Chapter("strategy", text("strategy.year.title", locale), paragraphs, tables, charts));
	}

	private String light(Light light, Locale locale) {
		return light.shape() + " " + text(light.messageKey(), locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
