package klynge.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.AgendaItem;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingPart.Phrase;
import klynge.meeting.MeetingViewContributor;
import org.springframework.stereotype.Component;

/**
 * A budget under the agenda item it is the basis of: its alternatives side by side as a
 * table (page, summons and minutes as PDF and Word), and under the item that adopted it
 * the chosen alternative and its conditions. Whoever may see the item sees the table, as
 * they see the item's documents; staff also get a link to the budget's page.
 */
@Component
class BudgetMeetingParts implements MeetingViewContributor {

	static final String FRAGMENT = "budget/parts :: item-budget";

	private final BudgetRepository repository;

	private final Budgets budgets;

	private final CurrentCluster cluster;

	private final BudgetTable table;

	BudgetMeetingParts(BudgetRepository repository, Budgets budgets, CurrentCluster cluster, BudgetTable table) {
		this.repository = repository;
		this.budgets = budgets;
		this.cluster = cluster;
		this.table = table;
	}

	/** The page's link to the budget, for staff. */
	public record ItemBudget(UUID budgetId, String title) {
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		Map<UUID, UUID> budgetOfItem = repository.budgetsOfItems(cluster.id(), agenda.ids());
		List<MeetingPart> parts = new ArrayList<>();
		for (AgendaItem item : agenda.items()) {
			UUID budgetId = budgetOfItem.get(item.id());
			if (budgetId == null) {
				continue;
			}
			BudgetSheet sheet = budgets.sheetForMeeting(budgetId);
			if (!sheet.alternatives().isEmpty()) {
				parts.add(MeetingPart.of(item.id(), MeetingPart.Slot.NOTES, List.of(table.of(sheet))));
			}
			Budget budget = sheet.budget();
			if (item.id().equals(budget.adoptedItemId()) && sheet.adopted() != null) {
				List<Phrase> phrases = new ArrayList<>();
				phrases.add(Phrase.of("budget.part.adopted", sheet.adopted().letter()));
				if (budget.conditions() != null) {
					phrases.add(Phrase.of("budget.part.conditions", budget.conditions()));
				}
				parts.add(MeetingPart.of(item.id(), MeetingPart.Slot.DECISION, List.of(new MeetingPart.Line(phrases))));
			}
			if (agenda.viewer().staff()) {
				parts.add(MeetingPart.pageOnly(item.id(), MeetingPart.Slot.LINKS, FRAGMENT,
						new ItemBudget(budgetId, budget.title())));
			}
		}
		return parts;
	}

}
