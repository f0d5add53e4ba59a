package klynge.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class NameHistoryTests {

	final NameHistory styringsgruppen = NameHistory
		.of(List.of(new NameHistory.Name("Styringsgruppen", LocalDate.parse("2022-09-01")),
				new NameHistory.Name("Arbeidsgruppen", LocalDate.parse("2019-01-01"))));

	@Test
	void resolvesTheNameOnADay() {
		assertThat(styringsgruppen.nameOn(LocalDate.parse("2021-06-03"))).isEqualTo("Arbeidsgruppen");
		assertThat(styringsgruppen.nameOn(LocalDate.parse("2022-08-31"))).isEqualTo("Arbeidsgruppen");
		assertThat(styringsgruppen.nameOn(LocalDate.parse("2022-09-01"))).isEqualTo("Styringsgruppen");
		assertThat(styringsgruppen.nameOn(LocalDate.parse("2030-01-01"))).isEqualTo("Styringsgruppen");
	}

	@Test
	void beforeTheFirstNameTheFirstNameIsUsed() {
		assertThat(styringsgruppen.nameOn(LocalDate.parse("2000-01-01"))).isEqualTo("Arbeidsgruppen");
	}

	@Test
	void eachNameIsValidUntilTheDayBeforeTheNext() {
		assertThat(styringsgruppen.former()).containsExactly(
				new NameHistory.Entry("Arbeidsgruppen", LocalDate.parse("2019-01-01"), LocalDate.parse("2022-08-31")));
		assertThat(styringsgruppen.current().name()).isEqualTo("Styringsgruppen");
		assertThat(styringsgruppen.current().validTo()).isNull();
	}

	@Test
	void renameMustStartAfterTheCurrentName() {
		assertThatThrownBy(() -> styringsgruppen.checkRename("Nytt", LocalDate.parse("2022-09-01")))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("validFrom");
				assertThat(v.messageKey()).isEqualTo("body.rename.tooEarly");
				assertThat(v.arguments()).containsExactly("01.09.2022");
			});
		assertThatCode(() -> styringsgruppen.checkRename("Nytt", LocalDate.parse("2022-09-02")))
			.doesNotThrowAnyException();
	}

}
