package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CaseNumberTests {

	@Test
	void writesTwoDigitsAndTheYearsLastTwo() {
		assertThat(new CaseNumber(3, 2023)).hasToString("03-23");
		assertThat(new CaseNumber(19, 2021)).hasToString("19-21");
		assertThat(new CaseNumber(103, 2024)).hasToString("103-24");
	}

	@Test
	void readsWhatTheMinutesWrite() {
		assertThat(CaseNumber.parse("05-23")).contains(new CaseNumber(5, 2023));
		assertThat(CaseNumber.parse(" 22-21 ")).contains(new CaseNumber(22, 2021));
		assertThat(CaseNumber.parse("0-23")).contains(new CaseNumber(0, 2023));
		assertThat(CaseNumber.parse("05/23")).isEmpty();
		assertThat(CaseNumber.parse("sak")).isEmpty();
		assertThat(CaseNumber.parse(null)).isEmpty();
	}

	@Test
	void ordersByYearThenSequence() {
		assertThat(new CaseNumber(30, 2021)).isLessThan(new CaseNumber(1, 2022));
		assertThat(new CaseNumber(2, 2023)).isGreaterThan(new CaseNumber(1, 2023));
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseNumber(-1, 2023));
	}

}
