package klynge.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who is looking at a meeting. Staff (administrator, sekretariat) see everything. The
 * body's members see members-only content; exempt content (unntatt offentlighet) only
 * those with a voting seat, or every member where the body has opened it to its observers
 * ({@code seesExempt}). Others see public content, and exempt items only by public title
 * and legal basis.
 */
public record Viewer(UUID personId, boolean staff, boolean bodyMember, boolean loggedIn, boolean seesExempt) {

	public static final Viewer ANONYMOUS = new Viewer(null, false, false, false, false);

	/** A viewer who sees exempt content only as staff. */
	public Viewer(UUID personId, boolean staff, boolean bodyMember, boolean loggedIn) {
		this(personId, staff, bodyMember, loggedIn, false);
	}

	public boolean mayEdit() {
		return staff;
	}

	public boolean maySee(Exemption exemption, LocalDate today) {
		return switch (exemption.accessOn(today)) {
			case PUBLIC -> true;
			case MEMBERS -> staff || bodyMember;
			case EXEMPT -> staff || seesExempt;
		};
	}

	/**
	 * What a meeting's minutes record beside the notes (follow-ups, referrals) is public
	 * once the minutes are approved; before that it is as private as the draft minutes:
	 * staff and the body's members only (the rule of {@code MinutesService.maySee}).
	 */
	public boolean maySeeRecordOf(MeetingStatus status) {
		return status == MeetingStatus.MINUTES_APPROVED || staff || bodyMember;
	}

	/**
	 * A title as this viewer may read it: where they may not, the public title, or null
	 * if there is none.
	 */
	public String titleOf(Exemption exemption, String title, LocalDate today) {
		return maySee(exemption, today) ? title : exemption.publicTitle();
	}

	/**
	 * Exempt content hidden from this viewer is still listed by its public title and
	 * legal basis.
	 */
	public boolean seesPlaceholder(Exemption exemption, LocalDate today) {
		return !maySee(exemption, today) && exemption.accessOn(today) == Access.EXEMPT;
	}
}
