package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import klynge.organisation.Affiliation.AffiliationChange;
import org.junit.jupiter.api.Test;

class AffiliationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static Affiliation since(LocalDate from) {
		return new Affiliation(UUID.randomUUID(), UUID.randomUUID(), "UiB", from, null);
	}

	@Test
	void anAffiliationFromBeforeTodayEndsYesterdaySoHistoryIsKept() {
		assertThat(since(TODAY.minusDays(1)).changeOn(TODAY)).isEqualTo(AffiliationChange.END_YESTERDAY);
		assertThat(since(LocalDate.of(2019, 1, 1)).changeOn(TODAY)).isEqualTo(AffiliationChange.END_YESTERDAY);
	}

	@Test
	void anAffiliationThatBeganTodayIsReplaced() {
		assertThat(since(TODAY).changeOn(TODAY)).isEqualTo(AffiliationChange.DELETE);
	}

}
