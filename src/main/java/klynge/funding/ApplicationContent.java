package klynge.funding;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an applicant writes: project title, lead (name, e-mail, organisation), partner
 * organisations, summary, the budget table and the named participants. The applicant
 * organisations are the lead's and the partners'.
 */
public record ApplicationContent(String title, String leadName, String leadEmail, UUID leadOrganisationId,
		List<UUID> partnerOrganisationIds, String summary, List<BudgetLine> budget, List<Participant> participants) {

	/** Content without named participants. */
	public ApplicationContent(String title, String leadName, String leadEmail, UUID leadOrganisationId,
			List<UUID> partnerOrganisationIds, String summary, List<BudgetLine> budget) {
		this(title, leadName, leadEmail, leadOrganisationId, partnerOrganisationIds, summary, budget, List.of());
	}

	public ApplicationContent {
		title = title == null ? "" : title.strip();
		leadName = leadName == null ? "" : leadName.strip();
		leadEmail = leadEmail == null ? "" : leadEmail.strip();
		summary = summary == null ? "" : summary.strip();
		partnerOrganisationIds = partnerOrganisationIds == null ? List.of()
				: partnerOrganisationIds.stream()
					.filter(id -> id != null && !id.equals(leadOrganisationId))
					.distinct()
					.toList();
		budget = budget == null ? List.of() : List.copyOf(budget);
		participants = participants == null ? List.of() : List.copyOf(participants);
	}

	public Set<UUID> organisationIds() {
		Set<UUID> ids = new LinkedHashSet<>();
		if (leadOrganisationId != null) {
			ids.add(leadOrganisationId);
		}
		ids.addAll(partnerOrganisationIds);
		return ids;
	}

	public BigDecimal appliedSum() {
		return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal buyoutSum() {
		return budget.stream()
			.filter(BudgetLine::isBuyout)
			.map(BudgetLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
