package klynge.collaboration;

import java.time.LocalDate;
import java.util.Set;

import klynge.shared.RuleViolation;

/**
 * The rules of a partner's status. From DIALOG a partnership is formalised or the talks
 * end; a formalised partnership ends, or goes back to DIALOG when the agreement lapses
 * and is renegotiated; ended talks may start again as DIALOG, never straight back to
 * FORMALISED (a new agreement needs new talks). A change is dated on or after the current
 * status's date and not in the future.
 * <p>
 * Public: a FORMALISED partner is on the public page unless staff hide it; a partner in
 * DIALOG only when staff choose to show it; an ENDED partner never.
 */
final class PartnerRules {

	private PartnerRules() {
	}

	/** The statuses a partner may start with (one formalised before it was recorded). */
	static final Set<PartnerStatus> INITIAL = Set.of(PartnerStatus.DIALOG, PartnerStatus.FORMALISED);

	static boolean allowed(PartnerStatus from, PartnerStatus to) {
		return switch (from) {
			case DIALOG -> to == PartnerStatus.FORMALISED || to == PartnerStatus.ENDED;
			case FORMALISED -> to == PartnerStatus.DIALOG || to == PartnerStatus.ENDED;
			case ENDED -> to == PartnerStatus.DIALOG;
		};
	}

	/**
	 * Checks a status change.
	 * @throws RuleViolation naming why it is refused
	 */
	static void checkChange(PartnerStatus from, LocalDate since, PartnerStatus to, LocalDate on, LocalDate today) {
		if (to == null) {
			throw new RuleViolation("status", "collaboration.status.required");
		}
		if (from == to) {
			throw new RuleViolation("status", "collaboration.status.same");
		}
		if (!allowed(from, to)) {
			throw new RuleViolation("status", "collaboration.status.illegal");
		}
		checkDate(on, today);
		if (on.isBefore(since)) {
			throw new RuleViolation("changedOn", "collaboration.status.beforeSince");
		}
	}

	/** Checks the status a new partner starts with. */
	static void checkInitial(PartnerStatus status, LocalDate on, LocalDate today) {
		if (status == null || !INITIAL.contains(status)) {
			throw new RuleViolation("status", "collaboration.status.initial");
		}
		checkDate(on, today);
	}

	private static void checkDate(LocalDate on, LocalDate today) {
		if (on == null) {
			throw new RuleViolation("changedOn", "collaboration.status.dateRequired");
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("changedOn", "collaboration.status.future");
		}
	}

	/**
	 * Whether the public sees the partner.
	 * @param showPublicly staff's choice, or null to follow the status
	 */
	static boolean isPublic(PartnerStatus status, Boolean showPublicly) {
		if (status == PartnerStatus.ENDED) {
			return false;
		}
		return showPublicly != null ? showPublicly : status == PartnerStatus.FORMALISED;
	}

	/**
	 * Whether the annual report names the partner: a partnership that was once formalised
	 * was public then, so its ending is reported too; one staff chose to hide is not
	 * named.
	 */
	static boolean namedInReport(PartnerStatus status, Boolean showPublicly, boolean everFormalised) {
		return !Boolean.FALSE.equals(showPublicly) && (everFormalised || isPublic(status, showPublicly));
	}

}
