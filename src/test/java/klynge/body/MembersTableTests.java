package klynge.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MembersTableTests {

	static MemberRow row(String code, MembershipRole role, String seat, int sortOrder) {
		return new MemberRow(UUID.randomUUID(), UUID.randomUUID(), code + " Name", code, role, seat, null, null, null,
				sortOrder);
	}

	@Test
	void ordersLikeTheMinutesVotingThenDeputiesThenObserversThenSecretariat() {
		MembersTable table = MembersTable.of(List.of(row("KW", MembershipRole.SECRETARIAT, "Sekretariat", 30),
				row("IEG", MembershipRole.DEPUTY, "FHI", 12), row("GG", MembershipRole.MEMBER, "UiB, rektorat", 2),
				row("BA", MembershipRole.FACILITATOR, "Klyngefasilitator", 21),
				row("KS", MembershipRole.OBSERVER, "Leder av Styringsgruppen", 20),
				row("MH", MembershipRole.CHAIR, "Universitetet i Bergen, leder", 1)), r -> "Gun Peggy Knudsen");
		assertThat(table.rows()).extracting(MemberRow::code).containsExactly("MH", "GG", "IEG", "KS", "BA", "KW");
		assertThat(table.deputies().getFirst().deputyForName()).isEqualTo("Gun Peggy Knudsen");
	}

	@Test
	void addsTheRoleToTheSeatUnlessTheSeatSaysIt() {
		assertThat(new MembersTable.Line(row("MH", MembershipRole.CHAIR, "Universitetet i Bergen, leder", 1), null)
			.roleSuffixKey()).isNull();
		assertThat(new MembersTable.Line(row("MH", MembershipRole.CHAIR, "Universitetet i Bergen", 1), null)
			.roleSuffixKey()).isEqualTo("members.suffix.CHAIR");
		assertThat(
				new MembersTable.Line(row("XY", MembershipRole.DEPUTY_CHAIR, "Helse Bergen", 2), null).roleSuffixKey())
			.isEqualTo("members.suffix.DEPUTY_CHAIR");
		assertThat(new MembersTable.Line(row("IEG", MembershipRole.DEPUTY, "FHI", 12), "GPK").roleSuffixKey())
			.isEqualTo("members.suffix.DEPUTY");
		assertThat(new MembersTable.Line(row("GG", MembershipRole.MEMBER, "UiB", 2), null).roleSuffixKey()).isNull();
		assertThat(new MembersTable.Line(row("KS", MembershipRole.OBSERVER, "Leder av Styringsgruppen", 20), null)
			.roleSuffixKey()).isNull();
	}

}
