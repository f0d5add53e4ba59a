package klynge.budget;

import java.math.BigDecimal;
import java.util.Optional;

import klynge.funding.AdoptedBudgets;
import org.springframework.stereotype.Component;

/**
 * The funding module's port: a call for collaboration funds takes its frame from the
 * adopted budget of its year, so a larger budget raises the frame (sak 23-21).
 */
@Component
class FundFrames implements AdoptedBudgets {

	private final Budgets budgets;

	FundFrames(Budgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public Optional<BigDecimal> collaborationFunds(int year) {
		return budgets.collaborationFunds(year);
	}

}
