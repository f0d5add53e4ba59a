package klynge.meeting;

import java.time.LocalDate;

import klynge.shared.RuleViolation;

/**
 * An item's or document's access: for EXEMPT a legal basis ("Offl. § 14") is required, a
 * public title may stand in for the internal one, and the exemption may end on a date.
 */
public record Exemption(Access access, String legalBasis, String publicTitle, LocalDate endsOn) {

	public static final Exemption PUBLIC = new Exemption(Access.PUBLIC, null, null, null);

	public Exemption {
		access = access == null ? Access.PUBLIC : access;
		if (access == Access.EXEMPT && (legalBasis == null || legalBasis.isBlank())) {
			throw new RuleViolation("exemptionBasis", "access.exempt.basisRequired");
		}
	}

	/**
	 * The access in force on a day: an exemption that has ended makes the content public.
	 */
	public Access accessOn(LocalDate day) {
		if (access == Access.EXEMPT && endsOn != null && !day.isBefore(endsOn)) {
			return Access.PUBLIC;
		}
		return access;
	}
}
