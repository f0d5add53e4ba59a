package klynge.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.shared.Amounts;
import klynge.shared.RuleViolation;

/**
 * The application form as the browser sends it: the budget table and the named
 * participants as parallel columns (kind, description, organisation, amount per budget
 * row; name, e-mail, organisation, role per participant; empty rows are left out, so
 * emptying a row removes it). Amounts are read the Norwegian way ("150 000", "1 500,50").
 */
public record ApplicationForm(String title, String leadName, String leadEmail, String leadOrganisationId,
		List<String> partnerOrganisationIds, String summary, List<String> lineKind, List<String> lineDescription,
		List<String> lineOrganisation, List<String> lineAmount, List<String> personName, List<String> personEmail,
		List<String> personOrganisation, List<String> personRole, Integer version) {

	static ApplicationForm of(Application application) {
		ApplicationContent c = application.content();
		List<String> kinds = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		List<String> organisations = new ArrayList<>();
		List<String> amounts = new ArrayList<>();
		for (BudgetLine line : c.budget()) {
			kinds.add(line.kind().name());
			descriptions.add(line.description());
			organisations.add(line.organisationId() == null ? "" : line.organisationId().toString());
			amounts.add(line.amount().stripTrailingZeros().toPlainString().replace('.', ','));
		}
		List<Participant> people = c.participants();
		return new ApplicationForm(c.title(), c.leadName(), c.leadEmail(),
				c.leadOrganisationId() == null ? "" : c.leadOrganisationId().toString(),
				c.partnerOrganisationIds().stream().map(UUID::toString).toList(), c.summary(), kinds, descriptions,
				organisations, amounts, people.stream().map(Participant::name).toList(),
				people.stream().map(Participant::email).toList(),
				people.stream().map(p -> p.organisationId() == null ? "" : p.organisationId().toString()).toList(),
				people.stream().map(Participant::role).toList(), application.version());
	}

	/** The participant rows to show: the saved ones and two empty ones. */
	public int personRows() {
		return size(personName) + 2;
	}

	/** The rows of the budget table to show: the saved ones and two empty ones. */
	public int rows() {
		return size(lineAmount) + 2;
	}

	public String at(List<String> column, int row) {
		return column != null && row < column.size() && column.get(row) != null ? column.get(row) : "";
	}

	/**
	 * @throws RuleViolation for an amount or id that cannot be read, naming the row
	 */
	ApplicationContent content() {
		List<BudgetLine> budget = new ArrayList<>();
		int rows = Math.max(size(lineAmount), Math.max(size(lineDescription), size(lineKind)));
		for (int row = 0; row < rows; row++) {
			String description = at(lineDescription, row).strip();
			String amount = at(lineAmount, row).strip();
			if (description.isEmpty() && amount.isEmpty()) {
				continue;
			}
			BudgetLineKind kind;
			try {
				kind = BudgetLineKind.valueOf(at(lineKind, row).isEmpty() ? "OTHER" : at(lineKind, row));
			}
			catch (IllegalArgumentException ex) {
				kind = BudgetLineKind.OTHER;
			}
			if (description.length() > 500) {
				throw new RuleViolation("budget", "funding.budget.rule.description", row + 1);
			}
			budget.add(new BudgetLine(kind, description, uuid(at(lineOrganisation, row), "budget"),
					amount(amount, row + 1)));
		}
		if (budget.size() > 100) {
			throw new RuleViolation("budget", "funding.budget.rule.rows", 100);
		}
		List<UUID> partners = partnerOrganisationIds == null ? List.of()
				: partnerOrganisationIds.stream().map(id -> uuid(id, "partners")).filter(id -> id != null).toList();
		String cleanTitle = limit(title, 300, "title");
		return new ApplicationContent(cleanTitle, limit(leadName, 200, "leadName"), limit(leadEmail, 254, "leadEmail"),
				uuid(leadOrganisationId, "leadOrganisationId"), partners, limit(summary, 8000, "summary"), budget,
				participants());
	}

	private List<Participant> participants() {
		List<Participant> people = new ArrayList<>();
		int rows = Math.max(Math.max(size(personName), size(personEmail)),
				Math.max(size(personOrganisation), size(personRole)));
		for (int row = 0; row < rows; row++) {
			Participant p = new Participant(at(personName, row), at(personEmail, row),
					uuid(at(personOrganisation, row), "participants"), at(personRole, row));
			if (p.name().isEmpty() && p.email().isEmpty() && p.role().isEmpty()) {
				continue;
			}
			people.add(p);
		}
		return Participants.checked(people);
	}

	private static String limit(String text, int max, String field) {
		String value = text == null ? "" : text.strip();
		if (value.length() > max) {
			throw new RuleViolation(field, "funding.application.rule.tooLong", max);
		}
		return value;
	}

	private static UUID uuid(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "funding.application.rule.unknownOrganisation");
		}
	}

	static BigDecimal amount(String text, int row) {
		try {
			BigDecimal amount = Amounts.parse(text);
			if (Amounts.valid(amount)) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, naming the row
		}
		throw new RuleViolation("budget", "funding.budget.rule.amount", row);
	}

	private static int size(List<String> list) {
		return list == null ? 0 : list.size();
	}

}
