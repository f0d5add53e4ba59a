package klynge.strategy;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One of the 17 UN sustainable development goals (bærekraftsmål), by its number; the
 * official names are reference data in the message bundles ({@code strategy.sdg.N}), so
 * they read in the user's language, and pages show number and name, never a colour only.
 */
public record Sdg(int number) {

	public static final List<Sdg> ALL = IntStream.rangeClosed(1, 17).mapToObj(Sdg::new).toList();

	public Sdg {
		if (number < 1 || number > 17) {
			throw new IllegalArgumentException("no sustainable development goal " + number);
		}
	}

	public String messageKey() {
		return "strategy.sdg." + number;
	}

}
