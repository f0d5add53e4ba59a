package klynge.userpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Periods of one panel never overlap; assignments move only along their steps. */
class UserPanelRulesTests {

	static final UUID BODY = UUID.randomUUID();

	static Period period(String name, String from, String to) {
		return new Period(UUID.randomUUID(), BODY, name, LocalDate.parse(from), LocalDate.parse(to), null, null, 0);
	}

	final List<Period> periods = List.of(period("Brukerpanel 2020–2022", "2020-01-01", "2022-12-31"),
			period("Brukerpanel 2023–2025", "2023-01-01", "2025-12-31"));

	@Test
	void aPeriodThatOverlapsAnotherIsRefusedNamingIt() {
		assertThatThrownBy(() -> PanelRules.requireNoOverlap(null, LocalDate.parse("2025-06-01"),
				LocalDate.parse("2027-12-31"), periods))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.messageKey()).isEqualTo("userpanel.period.overlaps");
				assertThat(v.field()).isEqualTo("validFrom");
				assertThat(v.arguments()).containsExactly("Brukerpanel 2023–2025");
			});
		// a single shared day is an overlap (both ends are inclusive)
		assertThatThrownBy(() -> PanelRules.requireNoOverlap(null, LocalDate.parse("2022-12-31"),
				LocalDate.parse("2022-12-31"), periods))
			.isInstanceOf(RuleViolation.class);
		// one containing another
		assertThatThrownBy(() -> PanelRules.requireNoOverlap(null, LocalDate.parse("2019-01-01"),
				LocalDate.parse("2030-12-31"), periods))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aPeriodThatTouchesButDoesNotOverlapIsAllowed() {
		assertThatNoException().isThrownBy(() -> PanelRules.requireNoOverlap(null, LocalDate.parse("2026-01-01"),
				LocalDate.parse("2028-12-31"), periods));
		assertThatNoException().isThrownBy(() -> PanelRules.requireNoOverlap(null, LocalDate.parse("2017-01-01"),
				LocalDate.parse("2019-12-31"), periods));
	}

	@Test
	void aPeriodDoesNotOverlapItselfWhenEdited() {
		Period current = periods.get(1);
		assertThatNoException().isThrownBy(() -> PanelRules.requireNoOverlap(current.id(),
				LocalDate.parse("2023-02-01"), LocalDate.parse("2025-12-31"), periods));
		assertThatThrownBy(() -> PanelRules.requireNoOverlap(current.id(), LocalDate.parse("2022-06-01"),
				LocalDate.parse("2025-12-31"), periods))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void assignmentsMoveRequestedAssignedEndedOrDeclined() {
		assertThat(AssignmentStatus.REQUESTED.next()).containsExactlyInAnyOrder(AssignmentStatus.ASSIGNED,
				AssignmentStatus.DECLINED);
		assertThat(AssignmentStatus.ASSIGNED.next()).containsExactly(AssignmentStatus.ENDED);
		assertThat(AssignmentStatus.ENDED.next()).isEmpty();
		assertThat(AssignmentStatus.DECLINED.next()).isEmpty();
		assertThatNoException()
			.isThrownBy(() -> PanelRules.requireTransition(AssignmentStatus.REQUESTED, AssignmentStatus.ASSIGNED));
		for (AssignmentStatus[] forbidden : new AssignmentStatus[][] {
				{ AssignmentStatus.REQUESTED, AssignmentStatus.ENDED },
				{ AssignmentStatus.ASSIGNED, AssignmentStatus.DECLINED },
				{ AssignmentStatus.ASSIGNED, AssignmentStatus.REQUESTED },
				{ AssignmentStatus.ENDED, AssignmentStatus.ASSIGNED },
				{ AssignmentStatus.DECLINED, AssignmentStatus.ASSIGNED },
				{ AssignmentStatus.ASSIGNED, AssignmentStatus.ASSIGNED } }) {
			assertThatThrownBy(() -> PanelRules.requireTransition(forbidden[0], forbidden[1]))
				.as(forbidden[0] + " → " + forbidden[1])
				.isInstanceOfSatisfying(RuleViolation.class,
						v -> assertThat(v.messageKey()).isEqualTo("userpanel.status.forbidden"));
		}
	}

	@Test
	void anAssignmentIsCurrentWhileAssignedWithinItsTerm() {
		Assignment a = new Assignment(UUID.randomUUID(), BODY, UUID.randomUUID(), "Pasientens legemiddelliste",
				"Direktoratet for e-helse", LocalDate.parse("2021-05-01"), null, AssignmentStatus.ASSIGNED, null, null,
				0);
		assertThat(a.currentOn(LocalDate.parse("2026-12-01"))).isTrue();
		assertThat(a.currentOn(LocalDate.parse("2021-04-30"))).isFalse();
		assertThat(a.activeIn(2021)).isTrue();
		assertThat(a.activeIn(2020)).isFalse();
		Assignment requested = new Assignment(a.id(), BODY, a.personId(), a.externalBody(), null, null, null,
				AssignmentStatus.REQUESTED, null, null, 0);
		assertThat(requested.currentOn(LocalDate.parse("2026-12-01"))).isFalse();
		assertThat(requested.activeIn(2026)).isFalse();
	}

	@Test
	void badDatesAndTextsAreRefusedBesideTheirField() {
		assertThatThrownBy(() -> PanelRules.date("29.03.2023", "validFrom", true))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.messageKey()).isEqualTo("userpanel.date.invalid");
				assertThat(v.field()).isEqualTo("validFrom");
			});
		assertThatThrownBy(() -> PanelRules.date(" ", "validTo", true)).isInstanceOf(RuleViolation.class);
		assertThat(PanelRules.date("", "validTo", false)).isNull();
		assertThatThrownBy(() -> PanelRules.requireOrder(LocalDate.parse("2025-01-01"), LocalDate.parse("2024-01-01")))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> PanelRules.text("x".repeat(201), "name", PanelRules.NAME_MAX, true))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> PanelRules.id("not-an-id", "personId")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> PanelRules.status("APPROVED")).isInstanceOf(RuleViolation.class);
	}

}
