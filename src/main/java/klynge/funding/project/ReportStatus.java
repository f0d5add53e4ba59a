package klynge.funding.project;

/**
 * A report's life: DUE → SUBMITTED → APPROVED, or RETURNED with a comment, after which
 * the applicant submits again (→ SUBMITTED). An approved report is closed.
 */
public enum ReportStatus {

	DUE, SUBMITTED, APPROVED, RETURNED;

	/** The applicant may submit (again). */
	public boolean maySubmit() {
		return this == DUE || this == RETURNED;
	}

	/** The secretariat may approve or return it. */
	public boolean mayDecide() {
		return this == SUBMITTED;
	}

	/** Waiting for the applicant: what the reminders and "overdue" count. */
	public boolean waitsForApplicant() {
		return maySubmit();
	}

	/** Staff may still move the due date. */
	public boolean mayChangeDue() {
		return this != APPROVED;
	}

	public String messageKey() {
		return "project.report.status." + name();
	}

}
