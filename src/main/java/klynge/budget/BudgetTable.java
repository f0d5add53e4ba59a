package klynge.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import klynge.budget.BudgetArithmetic.Figures;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingPart.Phrase;
import org.springframework.stereotype.Component;

/**
 * The alternatives side by side: each expense line, the sum, other income, the partners'
 * contributions and the share per partner, one column per alternative. The budget page,
 * the meeting view (page, summons, minutes as PDF and Word) and the exports show this one
 * table.
 */
@Component
class BudgetTable {

	private final Money money;

	BudgetTable(Money money) {
		this.money = money;
	}

	MeetingPart.Table of(BudgetSheet sheet) {
		List<Phrase> columns = new ArrayList<>();
		columns.add(Phrase.of("budget.table.line"));
		sheet.alternatives().forEach(a -> columns.add(Phrase.of("budget.table.alternative", a.letter())));
		List<List<Phrase>> rows = new ArrayList<>();
		for (BudgetLine line : sheet.lines()) {
			if (line.direction() == Direction.EXPENSE) {
				rows.add(row(Phrase.text(line.name()), sheet, f -> line.amountIn(f.alternative())));
			}
		}
		rows.add(row(Phrase.of("budget.table.expenses"), sheet, Figures::expenses));
		for (BudgetLine line : sheet.lines()) {
			if (line.direction() == Direction.INCOME) {
				rows.add(
						row(Phrase.of("budget.table.income", line.name()), sheet, f -> line.amountIn(f.alternative())));
			}
		}
		rows.add(row(Phrase.of("budget.table.contributions", sheet.partners().size()), sheet, Figures::contributions));
		rows.add(row(
				Phrase
					.of(sheet.budget().sharing() == Sharing.EQUAL ? "budget.table.perPartner" : "budget.table.perUnit"),
				sheet, Figures::unitShare));
		return new MeetingPart.Table(Phrase.of("budget.table.caption", sheet.budget().title()), columns, rows);
	}

	private List<Phrase> row(Phrase label, BudgetSheet sheet, Function<Figures, BigDecimal> value) {
		List<Phrase> row = new ArrayList<>();
		row.add(label);
		sheet.figures().forEach(f -> row.add(Phrase.text(money.number(value.apply(f)))));
		return row;
	}

}
