package klynge.funding;

import java.util.List;

import klynge.shared.RuleViolation;

/**
 * The rules a list of named participants keeps, the same from the form and the API: a
 * name on every row, texts within the columns' lengths, an address that looks like one,
 * at most 50 people.
 */
final class Participants {

	static final int MAX = 50;

	private Participants() {
	}

	/**
	 * @throws RuleViolation naming the first row (1-based) that breaks a rule
	 */
	static List<Participant> checked(List<Participant> people) {
		if (people == null) {
			return List.of();
		}
		if (people.size() > MAX) {
			throw new RuleViolation("participants", "funding.participant.rule.rows", MAX);
		}
		for (int i = 0; i < people.size(); i++) {
			Participant p = people.get(i);
			int row = i + 1;
			if (p.name().isEmpty()) {
				throw new RuleViolation("participants", "funding.participant.rule.name", row);
			}
			if (p.name().length() > 200 || p.role().length() > 200 || p.email().length() > 254) {
				throw new RuleViolation("participants", "funding.participant.rule.tooLong", row);
			}
			if (!p.email().isEmpty() && !p.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new RuleViolation("participants", "funding.participant.rule.email", row);
			}
		}
		return List.copyOf(people);
	}

}
