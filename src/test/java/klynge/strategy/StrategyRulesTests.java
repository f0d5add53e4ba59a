package klynge.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The rules of a strategy without a database: the current light is the newest assessment,
 * the history reads newest first (a later record of the same day wins), the light at the
 * end of a year ignores later ones; an adopted strategy stays adopted; an input moves new
 * → considered → incorporated / not used; the forms' checks.
 */
class StrategyRulesTests {

	static final UUID GOAL = UUID.randomUUID();

	static Assessment assessment(String day, Light light, int recordedMinute) {
		return new Assessment(UUID.randomUUID(), GOAL, LocalDate.parse(day), light, "c", "Sekretariatet",
				OffsetDateTime.of(2024, 1, 1, 12, recordedMinute, 0, 0, ZoneOffset.UTC));
	}

	static final Assessment DEC_2021 = assessment("2021-12-01", Light.RED, 0),
			JUN_2022 = assessment("2022-06-15", Light.YELLOW, 0), DEC_2022 = assessment("2022-12-01", Light.GREEN, 0),
			DEC_2022_LATER = assessment("2022-12-01", Light.YELLOW, 5);

	@Test
	void theCurrentLightIsTheNewestAssessmentWhateverTheOrderTheyCameIn() {
		assertThat(StrategyRules.current(List.of(JUN_2022, DEC_2022, DEC_2021))).contains(DEC_2022);
		assertThat(StrategyRules.current(List.of(DEC_2021))).contains(DEC_2021);
		assertThat(StrategyRules.current(List.of())).isEmpty();
		// two on the same day: the one recorded last is the current
		assertThat(StrategyRules.current(List.of(DEC_2022_LATER, DEC_2022))).contains(DEC_2022_LATER);
	}

	@Test
	void theHistoryReadsNewestFirstAndKeepsEveryAssessment() {
		assertThat(StrategyRules.history(List.of(DEC_2021, DEC_2022, JUN_2022, DEC_2022_LATER)))
			.containsExactly(DEC_2022_LATER, DEC_2022, JUN_2022, DEC_2021);
	}

	@Test
	void theLightAtTheEndOfAYearIsTheNewestOnOrBeforeIt() {
		List<Assessment> all = List.of(DEC_2021, JUN_2022, DEC_2022);
		assertThat(StrategyRules.lightOn(all, LocalDate.of(2020, 12, 31))).isEqualTo(Light.NOT_ASSESSED);
		assertThat(StrategyRules.lightOn(all, LocalDate.of(2021, 12, 31))).isEqualTo(Light.RED);
		assertThat(StrategyRules.lightOn(all, LocalDate.of(2022, 6, 15))).isEqualTo(Light.YELLOW);
		assertThat(StrategyRules.lightOn(all, LocalDate.of(2022, 12, 31))).isEqualTo(Light.GREEN);
	}

	@Test
	void anAdoptedStrategyStaysAdopted() {
		assertThat(StrategyRules.statusChange(StrategyStatus.DRAFT, StrategyStatus.ADOPTED)).isNull();
		assertThat(StrategyRules.statusChange(StrategyStatus.DRAFT, StrategyStatus.DRAFT)).isNull();
		assertThat(StrategyRules.statusChange(StrategyStatus.ADOPTED, StrategyStatus.ADOPTED)).isNull();
		assertThat(StrategyRules.statusChange(StrategyStatus.ADOPTED, StrategyStatus.DRAFT))
			.isEqualTo("strategy.status.staysAdopted");
	}

	@Test
	void anInputIsConsideredBeforeItIsIncorporatedOrSetAside() {
		assertThat(StrategyRules.inputChange(InputStatus.NEW, InputStatus.CONSIDERED)).isNull();
		assertThat(StrategyRules.inputChange(InputStatus.CONSIDERED, InputStatus.INCORPORATED)).isNull();
		assertThat(StrategyRules.inputChange(InputStatus.CONSIDERED, InputStatus.NOT_USED)).isNull();
		assertThat(StrategyRules.inputChange(InputStatus.NOT_USED, InputStatus.CONSIDERED)).isNull();
		assertThat(StrategyRules.inputChange(InputStatus.NEW, InputStatus.NEW)).isNull();
		assertThat(StrategyRules.inputChange(InputStatus.NEW, InputStatus.INCORPORATED))
			.isEqualTo("strategy.input.status.notAllowed");
		assertThat(StrategyRules.inputChange(InputStatus.NEW, InputStatus.NOT_USED))
			.isEqualTo("strategy.input.status.notAllowed");
		assertThat(StrategyRules.inputChange(InputStatus.INCORPORATED, InputStatus.NEW))
			.isEqualTo("strategy.input.status.notAllowed");
	}

	@Test
	void theFormChecksSayWhatIsWrongPerField() {
		StrategyRules.Check check = new StrategyRules.Check();
		assertThat(check.year("fromYear", "20x1")).isNull();
		assertThat(check.year("toYear", "2025")).isEqualTo(2025);
		assertThat(check.text("name", "  ", 300, true)).isNull();
		assertThat(check.date("assessedOn", "2999-01-01", LocalDate.of(2026, 1, 1))).isNotNull();
		assertThat(check.date("givenOn", "03.06.2021", LocalDate.of(2026, 1, 1))).isNull();
		assertThat(check.choice("light", "BLUE", Light.class)).isNull();
		assertThat(check.id("itemId", "not-an-id")).isNull();
		assertThat(check.position("position", "", 7)).isEqualTo(7);
		assertThatThrownBy(check::done).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.errors()).containsEntry("fromYear", "strategy.form.year")
					.containsEntry("name", "strategy.form.required")
					.containsEntry("assessedOn", "strategy.form.future")
					.containsEntry("givenOn", "strategy.form.date")
					.containsEntry("light", "strategy.form.choice")
					.containsEntry("itemId", "strategy.form.choice")
					.doesNotContainKeys("toYear", "position"));
		assertThat(new Sdg(17).messageKey()).isEqualTo("strategy.sdg.17");
		assertThat(Sdg.ALL).hasSize(17);
		assertThatThrownBy(() -> new Sdg(18)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anItemReadsAsItsCaseNumberAndTitle() {
		ItemRef item = new ItemRef(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2021, 6, 3), 21, 2021,
				"Rapportering fra strategiarbeidet", true);
		assertThat(item.label()).isEqualTo("Sak 21-21 Rapportering fra strategiarbeidet");
		assertThat(new ItemRef(item.id(), item.meetingId(), item.meetingDate(), 3, 2023, "Årsmelding", true).label())
			.isEqualTo("Sak 03-23 Årsmelding");
	}

}
