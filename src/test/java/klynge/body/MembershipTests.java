package klynge.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MembershipTests {

	static final UUID BODY = UUID.randomUUID();

	static final UUID GPK = UUID.randomUUID();

	static final UUID IEG = UUID.randomUUID();

	static final UUID OTHER = UUID.randomUUID();

	final Membership knudsen = new Membership(UUID.randomUUID(), BODY, GPK, MembershipRole.MEMBER,
			"Folkehelseinstituttet", null, null, term("2023-01-01", null), 8);

	static Term term(String from, String to) {
		return new Term(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
	}

	static String name(UUID id) {
		return id.equals(GPK) ? "Gun Peggy Knudsen" : "Someone";
	}

	@Test
	void deputyWithoutMemberIsRefused() {
		assertThatThrownBy(() -> new Membership(null, BODY, IEG, MembershipRole.DEPUTY, "FHI", null, null,
				term("2023-01-01", null), 12))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("deputyForId");
				assertThat(v.messageKey()).isEqualTo("membership.deputyFor.required");
			});
	}

	@Test
	void deputyForOnANonDeputyIsRefused() {
		assertThatThrownBy(() -> new Membership(null, BODY, IEG, MembershipRole.MEMBER, "FHI", null, knudsen.id(),
				term("2023-01-01", null), 12))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("membership.deputyFor.notDeputy"));
	}

	@Test
	void overlappingTermForTheSameSeatIgnoringCaseAndWhitespaceNamesTheOtherHolder() {
		Membership newcomer = new Membership(null, BODY, OTHER, MembershipRole.MEMBER, "  folkehelse instituttet ",
				null, null, term("2024-01-01", null), 8);
		assertThatThrownBy(() -> newcomer.checkAgainst(List.of(knudsen), MembershipTests::name))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("validFrom");
				assertThat(v.messageKey()).isEqualTo("membership.seat.overlap");
				assertThat(v.arguments()).containsExactly("Gun Peggy Knudsen", "01.01.2023", "");
			});
	}

	@Test
	void sameSeatAfterTheTermEndedIsAllowed() {
		Membership ended = knudsen.ended(LocalDate.parse("2023-12-31"));
		Membership successor = new Membership(null, BODY, OTHER, MembershipRole.MEMBER, "Folkehelseinstituttet", null,
				null, term("2024-01-01", null), 8);
		assertThatCode(() -> successor.checkAgainst(List.of(ended), MembershipTests::name)).doesNotThrowAnyException();
	}

	@Test
	void deputyMaySitOnTheSeatOfTheMemberTheyStandInFor() {
		Membership deputy = new Membership(null, BODY, IEG, MembershipRole.DEPUTY, "Folkehelseinstituttet", null,
				knudsen.id(), term("2023-01-01", null), 12);
		assertThatCode(() -> deputy.checkAgainst(List.of(knudsen), MembershipTests::name)).doesNotThrowAnyException();
	}

	@Test
	void twoDeputiesForTheSameMemberOnTheSameSeatOverlap() {
		Membership first = new Membership(UUID.randomUUID(), BODY, IEG, MembershipRole.DEPUTY, "FHI", null,
				knudsen.id(), term("2023-01-01", null), 12);
		Membership second = new Membership(null, BODY, OTHER, MembershipRole.DEPUTY, "fhi", null, knudsen.id(),
				term("2023-06-01", null), 13);
		assertThatThrownBy(() -> second.checkAgainst(List.of(knudsen, first), MembershipTests::name))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("membership.seat.overlap"));
	}

	@Test
	void deputyMustStandInForAMemberHoldingOfficeOnTheStartDate() {
		Membership deputy = new Membership(null, BODY, IEG, MembershipRole.DEPUTY, "FHI", null, knudsen.id(),
				term("2022-06-01", null), 12);
		assertThatThrownBy(() -> deputy.checkAgainst(List.of(knudsen), MembershipTests::name))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("deputyForId");
				assertThat(v.messageKey()).isEqualTo("membership.deputyFor.invalid");
			});
	}

	@Test
	void deputyForAnUnknownMembershipIsRefused() {
		Membership deputy = new Membership(null, BODY, IEG, MembershipRole.DEPUTY, "FHI", null, UUID.randomUUID(),
				term("2023-06-01", null), 12);
		assertThatThrownBy(() -> deputy.checkAgainst(List.of(knudsen), MembershipTests::name)).isInstanceOfSatisfying(
				RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("membership.deputyFor.unknown"));
	}

	@Test
	void editingAMembershipDoesNotOverlapWithItself() {
		Membership changed = new Membership(knudsen.id(), BODY, GPK, MembershipRole.MEMBER, "Folkehelseinstituttet",
				null, null, term("2023-02-01", null), 8);
		assertThatCode(() -> changed.checkAgainst(List.of(knudsen), MembershipTests::name)).doesNotThrowAnyException();
	}

	@Test
	void endingBeforeTheStartIsRefused() {
		assertThatThrownBy(() -> knudsen.ended(LocalDate.parse("2022-12-31")))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("validTo"));
	}

	@Test
	void aMembershipCannotStandInForItself() {
		Membership self = new Membership(knudsen.id(), BODY, GPK, MembershipRole.DEPUTY, "Folkehelseinstituttet", null,
				knudsen.id(), term("2023-01-01", null), 8);
		assertThatThrownBy(() -> self.checkAgainst(List.of(knudsen), MembershipTests::name)).isInstanceOfSatisfying(
				RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("membership.deputyFor.invalid"));
	}

}
