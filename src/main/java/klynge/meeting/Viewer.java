package klynge.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who is looking at a meeting: staff (administrator, sekretariat) and the body's members see
 * everything; others see public content, and exempt items only by public title and legal basis.
 */
public record Viewer(UUID personId, boolean staff, boolean bodyMember, boolean loggedIn) {

	public static final Viewer ANONYMOUS = new Viewer(null, false, false, false);

	public boolean mayEdit() {
		return staff;
	}

	public boolean maySee(Exemption exemption, LocalDate today) {
		return switch (exemption.accessOn(today)) {
			case PUBLIC -> true;
			case MEMBERS, EXEMPT -> staff || bodyMember;
		};
	}

	/** Exempt content hidden from this viewer is still listed by its public title and legal basis. */
	public boolean seesPlaceholder(Exemption exemption, LocalDate today) {
		return !maySee(exemption, today) && exemption.accessOn(today) == Access.EXEMPT;
	}
}
