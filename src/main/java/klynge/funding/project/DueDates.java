package klynge.funding.project;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The due dates a new project gets: those the call sets, else the progress report on a
 * day of the award year (default 1 December) and the final report some months after the
 * period ends (default 3).
 */
record DueDates(LocalDate progress, LocalDate finalReport) {

	static DueDates of(int awardYear, LocalDate periodEnd, MonthDay progressDay, int finalMonthsAfter,
			LocalDate callProgress, LocalDate callFinal) {
		LocalDate progress = callProgress != null ? callProgress : progressDay.atYear(awardYear);
		LocalDate end = periodEnd != null ? periodEnd : LocalDate.of(awardYear, 12, 31);
		LocalDate last = callFinal != null ? callFinal : end.plusMonths(finalMonthsAfter);
		return new DueDates(progress, last);
	}

	LocalDate of(ReportKind kind) {
		return kind == ReportKind.PROGRESS ? progress : finalReport;
	}

}
