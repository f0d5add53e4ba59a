package klynge.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import klynge.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conditions of sak 23-21 as rules: municipal partner, buy-out, maximum, eligibility.
 */
class CallConditionsTests {

	private static final UUID HVL = UUID.randomUUID();

	private static final UUID BERGEN = UUID.randomUUID();

	private static final UUID COMPANY = UUID.randomUUID();

	private static final Map<UUID, OrganisationType> TYPES = Map.of(HVL, OrganisationType.UNIVERSITY_COLLEGE, BERGEN,
			OrganisationType.MUNICIPALITY, COMPANY, OrganisationType.COMPANY);

	private static final CallConditions SAK_23_21 = new CallConditions(Instant.parse("2022-11-01T11:00:00Z"),
			new BigDecimal("150000"), true, new BigDecimal("50000"), new BigDecimal("0.5"), Set.of(HVL, BERGEN));

	private static ApplicationContent content(List<UUID> partners, BudgetLine... lines) {
		return new ApplicationContent("Prosjekt", "Sara", "sara@example.org", HVL, partners, "…", List.of(lines));
	}

	private static BudgetLine buyout(String amount) {
		return new BudgetLine(BudgetLineKind.BUYOUT, "Frikjøp", HVL, new BigDecimal(amount));
	}

	private static BudgetLine other(String amount) {
		return new BudgetLine(BudgetLineKind.OTHER, "Seminar", null, new BigDecimal(amount));
	}

	private static List<String> keys(List<RuleBreach> breaches) {
		return breaches.stream().map(RuleBreach::messageKey).toList();
	}

	@Test
	void anApplicationWithAMunicipalPartnerWithinTheLimitsKeepsEveryRule() {
		assertThat(SAK_23_21.check(content(List.of(BERGEN), buyout("50000"), other("100000")), TYPES)).isEmpty();
	}

	@Test
	void withoutAMunicipalPartnerTheRuleSaysSo() {
		assertThat(keys(SAK_23_21.check(content(List.of(), other("1000")), TYPES)))
			.containsExactly("funding.rule.municipalPartner");
	}

	@Test
	void anOrganisationOutsideTheEligibleOnesIsNamed() {
		List<RuleBreach> breaches = SAK_23_21.check(content(List.of(BERGEN, COMPANY), other("1000")), TYPES);
		assertThat(keys(breaches)).containsExactly("funding.rule.notEligible");
		assertThat(breaches.getFirst().arguments()).containsExactly(COMPANY);
	}

	@Test
	void theMaximumPerApplicationIsInclusive() {
		assertThat(SAK_23_21.check(content(List.of(BERGEN), other("150000")), TYPES)).isEmpty();
		List<RuleBreach> over = SAK_23_21.check(content(List.of(BERGEN), other("150000.01")), TYPES);
		assertThat(keys(over)).containsExactly("funding.rule.maxPerApplication");
		assertThat(over.getFirst().arguments()).containsExactly("kr\u00a0150\u00a0000,01", "kr\u00a0150\u00a0000");
	}

	@Test
	void buyOutIsLimitedByAmountAndByShare() {
		assertThat(keys(SAK_23_21.check(content(List.of(BERGEN), buyout("60000"), other("90000")), TYPES)))
			.containsExactly("funding.rule.buyoutAmount");
		assertThat(keys(SAK_23_21.check(content(List.of(BERGEN), buyout("40000"), other("30000")), TYPES)))
			.containsExactly("funding.rule.buyoutShare");
		assertThat(SAK_23_21.check(content(List.of(BERGEN), buyout("40000"), other("40000")), TYPES)).isEmpty();
	}

	@Test
	void withoutLimitsAnythingGoes() {
		CallConditions open = new CallConditions(null, null, false, null, null, Set.of());
		assertThat(open.check(content(List.of(COMPANY), buyout("999999")), TYPES)).isEmpty();
	}

	@Test
	void theDeadlineIsPastAtItsOwnInstant() {
		Instant deadline = SAK_23_21.deadline();
		assertThat(SAK_23_21.isPastDeadline(deadline.minusMillis(1))).isFalse();
		assertThat(SAK_23_21.isPastDeadline(deadline)).isTrue();
	}

	@Test
	void amountsAreWrittenTheNorwegianWay() {
		assertThat(Money.format(new BigDecimal("650000.00"))).isEqualTo("kr\u00a0650\u00a0000");
		assertThat(Money.percent(new BigDecimal("0.5"))).isEqualTo("50\u00a0%");
	}

}
