package klynge.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import klynge.organisation.OrganisationType;

/**
 * The conditions of a call as rules the system checks, the same on every keystroke of the
 * form and at submission: at least one municipal partner among the applicant
 * organisations, buy-out (frikjøp) up to an amount and/or a share of the applied sum, a
 * maximum per application, only eligible applicant organisations, and the deadline (an
 * instant; shown in Europe/Oslo). A null limit is no limit; an empty eligible set lets
 * every organisation apply.
 */
public record CallConditions(Instant deadline, BigDecimal maxPerApplication, boolean municipalPartnerRequired,
		BigDecimal buyoutMaxAmount, BigDecimal buyoutMaxShare, Set<UUID> eligibleOrganisationIds) {

	public CallConditions {
		eligibleOrganisationIds = eligibleOrganisationIds == null ? Set.of() : Set.copyOf(eligibleOrganisationIds);
	}

	public boolean isPastDeadline(Instant now) {
		return deadline != null && !now.isBefore(deadline);
	}

	/**
	 * What an application breaks, in the order of the form; empty when it keeps every
	 * rule. Completeness (a title, a lead, …) is checked separately at submission.
	 * @param types the type of each organisation of the cluster
	 */
	public List<RuleBreach> check(ApplicationContent content, Map<UUID, OrganisationType> types) {
		List<RuleBreach> breaches = new ArrayList<>();
		Set<UUID> organisations = content.organisationIds();
		if (!eligibleOrganisationIds.isEmpty()) {
			for (UUID organisation : organisations) {
				if (!eligibleOrganisationIds.contains(organisation)) {
					breaches.add(new RuleBreach("partners", "funding.rule.notEligible", organisation));
				}
			}
		}
		if (municipalPartnerRequired && organisations.stream()
			.noneMatch(organisation -> types.get(organisation) == OrganisationType.MUNICIPALITY)) {
			breaches.add(new RuleBreach("partners", "funding.rule.municipalPartner"));
		}
		BigDecimal applied = content.appliedSum();
		if (maxPerApplication != null && applied.compareTo(maxPerApplication) > 0) {
			breaches.add(new RuleBreach("budget", "funding.rule.maxPerApplication", Money.format(applied),
					Money.format(maxPerApplication)));
		}
		BigDecimal buyout = content.buyoutSum();
		if (buyoutMaxAmount != null && buyout.compareTo(buyoutMaxAmount) > 0) {
			breaches.add(new RuleBreach("budget", "funding.rule.buyoutAmount", Money.format(buyout),
					Money.format(buyoutMaxAmount)));
		}
		if (buyoutMaxShare != null && buyout.signum() > 0
				&& buyout.compareTo(applied.multiply(buyoutMaxShare).setScale(2, RoundingMode.HALF_UP)) > 0) {
			breaches.add(new RuleBreach("budget", "funding.rule.buyoutShare", Money.format(buyout),
					Money.percent(buyoutMaxShare)));
		}
		return List.copyOf(breaches);
	}

}
