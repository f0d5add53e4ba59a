package klynge.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import klynge.strategy.Views.FocusAreaView;
import klynge.strategy.Views.GoalView;
import klynge.strategy.Views.InputView;
import klynge.strategy.Views.StrategyPage;
import org.springframework.stereotype.Component;

/**
 * The strategy for search, as {@code /strategi} shows it to everyone: the adopted
 * strategy in force (or the latest), its focus areas, goals and the inputs the public
 * page lists (an input given at an item that is not public stays out, as on the page).
 * Drafts and older strategies are not indexed.
 */
@Component
class StrategySearchSource implements SearchSource {

	/** An input has no title of its own: its first words stand for one. */
	static final int INPUT_TITLE = 100;

	private final Strategies strategies;

	private final StrategyRepository repository;

	StrategySearchSource(Strategies strategies, StrategyRepository repository) {
		this.strategies = strategies;
		this.repository = repository;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		List<Entry> entries = new ArrayList<>();
		repository.current(clusterId).ifPresent(strategy -> {
			StrategyPage page = strategies.page(clusterId, strategy, false);
			String status = strategy.status().name();
			for (FocusAreaView area : page.areas()) {
				entries.add(Entry.open("STRATEGY", area.area().id(), "/strategi#area-" + area.area().id(),
						area.area().name(), join(strategy.name(), area.area().description()), strategy.fromYear(),
						status, Reach.PUBLIC));
				for (GoalView goal : area.goals()) {
					entries.add(Entry.open("STRATEGY", goal.goal().id(), "/strategi/mal/" + goal.goal().id(),
							goal.goal().text(), join(area.area().name(), goal.ownerName()), strategy.fromYear(), status,
							Reach.PUBLIC));
				}
			}
			for (InputView input : page.inputs()) {
				StrategyInput i = input.input();
				entries.add(Entry.open("STRATEGY", i.id(), "/strategi#input-" + i.id(), title(i.text()),
						join(i.text(), i.givenBy(), i.organisation(), input.goalText(), input.focusAreaName()),
						i.givenOn() == null ? strategy.fromYear() : i.givenOn().getYear(), status, Reach.PUBLIC));
			}
		});
		return entries.stream();
	}

	static String title(String text) {
		String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return flat.length() <= INPUT_TITLE ? flat : flat.substring(0, INPUT_TITLE).replaceAll("\\s+\\S*$", "") + " …";
	}

	private static String join(String... parts) {
		return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
	}

}
