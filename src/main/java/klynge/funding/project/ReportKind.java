package klynge.funding.project;

/** The two reports a project owes. */
public enum ReportKind {

	PROGRESS, FINAL;

	public String messageKey() {
		return "project.report.kind." + name();
	}

}
