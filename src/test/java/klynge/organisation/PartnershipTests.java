package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PartnershipTests {

	static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);

	static final LocalDate DEC_2020 = LocalDate.of(2020, 12, 31);

	static Partnership period(LocalDate from, LocalDate to) {
		return new Partnership(UUID.randomUUID(), UUID.randomUUID(), from, to, 0);
	}

	@Test
	void aPeriodAfterAClosedOneIsAllowed() {
		List<Partnership> existing = List.of(period(JAN_2019, DEC_2020));
		assertThatNoException()
			.isThrownBy(() -> Partnership.checkNoOverlap(existing, new Period(LocalDate.of(2021, 1, 1), null)));
		assertThatNoException().isThrownBy(() -> Partnership.checkNoOverlap(existing,
				new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
	}

	@Test
	void aPeriodStartingOnTheLastDayOfAnotherOverlaps() {
		List<Partnership> existing = List.of(period(JAN_2019, DEC_2020));
		assertThatThrownBy(() -> Partnership.checkNoOverlap(existing, new Period(DEC_2020, null)))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo("validFrom");
				assertThat(violation.messageKey()).isEqualTo("partnership.overlap");
				assertThat(violation.arguments()).containsExactly("01.01.2019–31.12.2020");
			});
	}

	@Test
	void anOpenPeriodOverlapsEverythingAfterItsStart() {
		List<Partnership> existing = List.of(period(JAN_2019, null));
		assertThatThrownBy(() -> Partnership.checkNoOverlap(existing,
				new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1))))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> Partnership.checkNoOverlap(existing, new Period(LocalDate.of(2018, 1, 1), null)))
			.isInstanceOf(RuleViolation.class);
		assertThatNoException().isThrownBy(() -> Partnership.checkNoOverlap(existing,
				new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))));
	}

	@Test
	void aPeriodEnclosingAnotherOverlaps() {
		List<Partnership> existing = List.of(period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1)));
		assertThatThrownBy(() -> Partnership.checkNoOverlap(existing, new Period(JAN_2019, DEC_2020)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aPeriodMayNotEndBeforeItStarts() {
		assertThatThrownBy(() -> new Period(DEC_2020, JAN_2019)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.field()).isEqualTo("validTo"));
	}

	@Test
	void onlyAnOpenPeriodCanBeEndedAndNotBeforeItsStart() {
		assertThat(period(JAN_2019, null).endedOn(DEC_2020).to()).isEqualTo(DEC_2020);
		assertThatThrownBy(() -> period(JAN_2019, DEC_2020).endedOn(LocalDate.of(2022, 1, 1))).isInstanceOfSatisfying(
				RuleViolation.class,
				violation -> assertThat(violation.messageKey()).isEqualTo("partnership.alreadyEnded"));
		assertThatThrownBy(() -> period(DEC_2020, null).endedOn(JAN_2019)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void coversItsFirstAndLastDay() {
		Partnership partnership = period(JAN_2019, DEC_2020);
		assertThat(partnership.covers(JAN_2019)).isTrue();
		assertThat(partnership.covers(DEC_2020)).isTrue();
		assertThat(partnership.covers(DEC_2020.plusDays(1))).isFalse();
		assertThat(partnership.covers(JAN_2019.minusDays(1))).isFalse();
	}

}
