package klynge.budget;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.anchoring.AnchoringCase;
import klynge.budget.BudgetArithmetic.Figures;
import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's chapter on the budget: the adopted budget of the year (a draft
 * budget is not the public's), its lines and totals in the adopted alternative, the
 * partners' shares and whether the partners have anchored it.
 */
@Component
class BudgetYear implements YearInReview {

	private final BudgetRepository repository;

	private final Budgets budgets;

	private final BudgetAnchoring anchoring;

	private final MessageSource messages;

	BudgetYear(BudgetRepository repository, Budgets budgets, BudgetAnchoring anchoring, MessageSource messages) {
		this.repository = repository;
		this.budgets = budgets;
		this.anchoring = anchoring;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		Budget budget = repository.ofYear(clusterId, year).filter(Budget::adopted).orElse(null);
		if (budget == null) {
			return Optional.empty();
		}
		BudgetSheet sheet = budgets.sheetForMeeting(budget.id());
		Figures figures = sheet.adoptedFigures();
		NumberFormat kroner = NumberFormat.getIntegerInstance(locale);
		List<List<String>> lines = new ArrayList<>();
		for (BudgetLine line : sheet.lines()) {
			lines.add(List.of(line.name(), text(line.direction().messageKey(), locale),
					kroner.format(line.amountIn(figures.alternative()))));
		}
		List<List<String>> shares = figures.shares()
			.stream()
			.map(s -> List.of(s.name() == null ? "" : s.name(), kroner.format(s.amount())))
			.toList();
		String state = anchoring.of(budget.id())
			.map(AnchoringCase::state)
			.map(s -> text(s.messageKey(), locale))
			.orElse(text("yir.budget.notAsked", locale));
		List<String> paragraphs = List.of(
				messages.getMessage("yir.budget.summary",
						new Object[] { budget.title(), figures.alternative().letter(),
								kroner.format(figures.expenses()), kroner.format(figures.contributions()),
								kroner.format(figures.alternative().collaborationFunds()) },
						locale),
				messages.getMessage("yir.budget.anchoring", new Object[] { state }, locale));
		List<Table> tables = new ArrayList<>();
		tables.add(new Table(text("yir.budget.linesCaption", locale), List.of(text("yir.budget.line", locale),
				text("yir.budget.direction", locale), text("yir.budget.amount", locale)), lines));
		if (!shares.isEmpty()) {
			tables.add(new Table(text("yir.budget.sharesCaption", locale),
					List.of(text("yir.budget.partner", locale), text("yir.budget.share", locale)), shares));
		}
		return Optional.of(new Chapter("budget", text("yir.budget.title", locale), paragraphs, tables, List.of()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
