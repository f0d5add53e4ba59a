package klynge.budget;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import klynge.anchoring.AnchoringCase;
import klynge.anchoring.AnchoringSubject;
import klynge.anchoring.Anchorings;
import klynge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An adopted budget anchored with its paying partners (sak 22-21: alternative B
 * "forutsatt forankring hos alle partnere"): the anchoring module sends each partner's
 * representative a written request; the budget reads back whether every partner has
 * confirmed.
 */
@Component
public class BudgetAnchoring {

	static final String KIND = "budget";

	private final Budgets budgets;

	private final Anchorings anchorings;

	BudgetAnchoring(Budgets budgets, Anchorings anchorings) {
		this.budgets = budgets;
		this.anchorings = anchorings;
	}

	/** The budget's anchoring, when one is opened. */
	public Optional<AnchoringCase> of(UUID budgetId) {
		return anchorings.forSubject(KIND, budgetId);
	}

	/**
	 * Asks every paying partner of the adopted budget to anchor the chosen alternative.
	 * @throws RuleViolation when the budget is not adopted or has no paying partners
	 */
	public AnchoringCase request(UUID budgetId, LocalDate answerBy) {
		if (!budgets.mayEdit()) {
			throw new AccessDeniedException("staff only");
		}
		BudgetSheet sheet = budgets.sheet(budgetId);
		Alternative adopted = sheet.adopted();
		if (adopted == null) {
			throw new RuleViolation("answerBy", "budget.anchoring.notAdopted");
		}
		if (sheet.partners().isEmpty()) {
			throw new RuleViolation("answerBy", "budget.anchoring.noPartners");
		}
		String title = sheet.budget().title() + ", alternativ " + adopted.letter();
		return anchorings.open(new AnchoringSubject(KIND, budgetId, title, "/budgets/" + budgetId),
				sheet.partners().stream().map(BudgetPartner::organisationId).toList(), answerBy);
	}

}
