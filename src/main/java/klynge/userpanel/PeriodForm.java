package klynge.userpanel;

/** The period form as typed (dates yyyy-MM-dd); shown again as typed when refused. */
record PeriodForm(String name, String validFrom, String validTo, String constitutingMeetingId, String mandate) {

	static PeriodForm empty() {
		return new PeriodForm("", "", "", "", "");
	}

	static PeriodForm of(Period p) {
		return new PeriodForm(p.name(), p.validFrom().toString(), p.validTo().toString(),
				p.constitutingMeetingId() == null ? "" : p.constitutingMeetingId().toString(),
				p.mandate() == null ? "" : p.mandate());
	}

}
