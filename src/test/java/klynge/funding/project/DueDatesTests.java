package klynge.funding.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class DueDatesTests {

	private static final MonthDay FIRST_OF_DECEMBER = MonthDay.of(12, 1);

	@Test
	void yearlyFundsReportProgressOnTheFirstOfDecemberAndFinalThreeMonthsAfterTheYear() {
		DueDates due = DueDates.of(2023, LocalDate.of(2023, 12, 31), FIRST_OF_DECEMBER, 3, null, null);
		assertThat(due.progress()).isEqualTo(LocalDate.of(2023, 12, 1));
		assertThat(due.finalReport()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void aCallsOwnDatesWin() {
		DueDates due = DueDates.of(2023, LocalDate.of(2024, 12, 31), FIRST_OF_DECEMBER, 3, LocalDate.of(2024, 1, 15),
				LocalDate.of(2025, 2, 1));
		assertThat(due.of(ReportKind.PROGRESS)).isEqualTo(LocalDate.of(2024, 1, 15));
		assertThat(due.of(ReportKind.FINAL)).isEqualTo(LocalDate.of(2025, 2, 1));
	}

	@Test
	void withoutAPeriodTheAwardYearEnds() {
		assertThat(DueDates.of(2024, null, FIRST_OF_DECEMBER, 2, null, null).finalReport())
			.isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void onlySubmittedReportsAreDecidedAndApprovedOnesAreClosed() {
		assertThat(ReportStatus.DUE.maySubmit()).isTrue();
		assertThat(ReportStatus.RETURNED.maySubmit()).isTrue();
		assertThat(ReportStatus.SUBMITTED.maySubmit()).isFalse();
		assertThat(ReportStatus.APPROVED.maySubmit()).isFalse();
		assertThat(ReportStatus.SUBMITTED.mayDecide()).isTrue();
		assertThat(ReportStatus.RETURNED.mayDecide()).isFalse();
		assertThat(ReportStatus.APPROVED.mayChangeDue()).isFalse();
	}

}
