package klynge.strategy;

import java.util.UUID;

/** A strategy period, "Strategi for Alrek helseklynge 2021–2025". */
public record Strategy(UUID id, String name, int fromYear, int toYear, StrategyStatus status, UUID adoptedItemId,
		int version) {

	public String period() {
		return fromYear + "–" + toYear;
	}

	public boolean adopted() {
		return status == StrategyStatus.ADOPTED;
	}

	public boolean covers(int year) {
		return fromYear <= year && year <= toYear;
	}

}
