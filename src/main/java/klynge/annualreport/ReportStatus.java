package klynge.annualreport;

/** Utkast → sendt til organ → vedtatt, or tatt til etterretning. */
public enum ReportStatus {

	DRAFT, SENT_TO_BODY, ADOPTED, NOTED;

	public boolean settled() {
		return this == ADOPTED || this == NOTED;
	}

	public String messageKey() {
		return "annualreport.status." + name();
	}

}
