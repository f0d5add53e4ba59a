package klynge.body;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import klynge.shared.RuleViolation;

/**
 * A person's seat in a body for a term. Holds the rules that keep a member table sound:
 * one holder per seat at a time, and a varamedlem always stands in for a member of the
 * same body.
 */
record Membership(UUID id, UUID bodyId, UUID personId, MembershipRole role, String seat, UUID organisationId,
		UUID deputyForId, Term term, int sortOrder) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	Membership {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(term, "term");
		if (role == MembershipRole.DEPUTY && deputyForId == null) {
			throw new RuleViolation("deputyForId", "membership.deputyFor.required");
		}
		if (role != MembershipRole.DEPUTY && deputyForId != null) {
			throw new RuleViolation("deputyForId", "membership.deputyFor.notDeputy");
		}
	}

	LocalDate validFrom() {
		return term.validFrom();
	}

	LocalDate validTo() {
		return term.validTo();
	}

	/** The seat text compared without regard to case and whitespace. */
	static String seatKey(String seat) {
		return seat == null ? "" : seat.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	boolean isDeputy() {
		return role == MembershipRole.DEPUTY;
	}

	/**
	 * Checks this membership against the other memberships of its body.
	 * @param others the body's memberships (this one may be among them and is skipped)
	 * @param personName names the holder of another membership, for the message
	 */
	void checkAgainst(List<Membership> others, Function<UUID, String> personName) {
		if (isDeputy()) {
			if (deputyForId.equals(id)) {
				throw new RuleViolation("deputyForId", "membership.deputyFor.invalid");
			}
			Membership member = others.stream()
				.filter(other -> other.id() != null && other.id().equals(deputyForId))
				.findFirst()
				.orElseThrow(() -> new RuleViolation("deputyForId", "membership.deputyFor.unknown"));
			if (member.isDeputy() || !member.bodyId().equals(bodyId) || !member.term().contains(validFrom())) {
				throw new RuleViolation("deputyForId", "membership.deputyFor.invalid");
			}
		}
		String key = seatKey(seat);
		for (Membership other : others) {
			if (other.id() != null && other.id().equals(id)) {
				continue;
			}
			boolean sameKind = isDeputy() ? Objects.equals(deputyForId, other.deputyForId()) : !other.isDeputy();
			if (other.bodyId().equals(bodyId) && sameKind && seatKey(other.seat()).equals(key)
					&& other.term().overlaps(term)) {
				throw new RuleViolation("validFrom", "membership.seat.overlap", personName.apply(other.personId()),
						format(other.validFrom()), format(other.validTo()));
			}
		}
	}

	static String format(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	Membership ended(LocalDate day) {
		return new Membership(id, bodyId, personId, role, seat, organisationId, deputyForId, new Term(validFrom(), day),
				sortOrder);
	}
}
