package klynge.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import klynge.shared.RuleViolation;

/**
 * The names a body has had, each valid from its date until the day before the next one.
 */
record NameHistory(List<Entry> entries) {

	record Entry(String name, LocalDate validFrom, LocalDate validTo) {
	}

	record Name(String name, LocalDate validFrom) {
	}

	static NameHistory of(List<Name> names) {
		List<Name> sorted = names.stream().sorted(Comparator.comparing(Name::validFrom)).toList();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			LocalDate until = i + 1 < sorted.size() ? sorted.get(i + 1).validFrom().minusDays(1) : null;
			entries.add(new Entry(sorted.get(i).name(), sorted.get(i).validFrom(), until));
		}
		return new NameHistory(List.copyOf(entries));
	}

	/** The name on a day; before the first name's date, the first name. */
	public String nameOn(LocalDate day) {
		if (entries.isEmpty()) {
			return "";
		}
		String name = entries.getFirst().name();
		for (Entry entry : entries) {
			if (!entry.validFrom().isAfter(day)) {
				name = entry.name();
			}
		}
		return name;
	}

	public Entry current() {
		return entries.getLast();
	}

	/** Earlier names, most recent first ("Het Arbeidsgruppen fram til 31.08.2022"). */
	public List<Entry> former() {
		return entries.subList(0, entries.size() - 1).reversed();
	}

	/** A new name must start after the current one did. */
	void checkRename(String newName, LocalDate from) {
		if (from == null) {
			throw new RuleViolation("validFrom", "body.rename.dateRequired");
		}
		if (!entries.isEmpty() && !from.isAfter(current().validFrom())) {
			throw new RuleViolation("validFrom", "body.rename.tooEarly", Membership.format(current().validFrom()));
		}
		if (newName == null || newName.isBlank()) {
			throw new RuleViolation("name", "body.name.required");
		}
	}
}
