package klynge.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class TermTests {

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void endBeforeStartIsRefusedBesideTheEndDate() {
		assertThatThrownBy(() -> new Term(d("2023-01-02"), d("2023-01-01"))).isInstanceOfSatisfying(RuleViolation.class,
				v -> {
					assertThat(v.field()).isEqualTo("validTo");
					assertThat(v.messageKey()).isEqualTo("membership.term.endBeforeStart");
				});
	}

	@Test
	void aOneDayTermIsAllowed() {
		assertThat(new Term(d("2023-01-01"), d("2023-01-01")).contains(d("2023-01-01"))).isTrue();
	}

	@Test
	void containsIsInclusiveAndOpenEndedWithoutEnd() {
		Term term = new Term(d("2021-01-01"), d("2022-08-31"));
		assertThat(term.contains(d("2021-01-01"))).isTrue();
		assertThat(term.contains(d("2022-08-31"))).isTrue();
		assertThat(term.contains(d("2022-09-01"))).isFalse();
		assertThat(term.contains(d("2020-12-31"))).isFalse();
		assertThat(new Term(d("2023-01-01"), null).contains(d("2099-01-01"))).isTrue();
	}

	@Test
	void overlapsWhenTheyShareADay() {
		Term first = new Term(d("2021-01-01"), d("2022-08-31"));
		assertThat(first.overlaps(new Term(d("2022-08-31"), null))).isTrue();
		assertThat(first.overlaps(new Term(d("2022-09-01"), null))).isFalse();
		assertThat(new Term(d("2022-09-01"), null).overlaps(first)).isFalse();
		assertThat(new Term(d("2020-01-01"), null).overlaps(first)).isTrue();
		assertThat(new Term(d("2020-01-01"), d("2020-12-31")).overlaps(first)).isFalse();
	}

}
