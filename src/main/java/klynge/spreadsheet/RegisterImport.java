package klynge.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import klynge.body.BodyDirectory;
import klynge.body.BodyRegister;
import klynge.body.BodySummary;
import klynge.body.BodyType;
import klynge.body.MembershipRole;
import klynge.cluster.CurrentCluster;
import klynge.organisation.InitialsCode;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationForm;
import klynge.organisation.OrganisationRef;
import klynge.organisation.OrganisationType;
import klynge.organisation.Organisations;
import klynge.organisation.PartnershipForm;
import klynge.organisation.People;
import klynge.organisation.PersonForm;
import klynge.organisation.PersonRef;
import klynge.shared.RuleViolation;
import klynge.spreadsheet.ListKind.Column;
import klynge.spreadsheet.Report.Outcome;
import klynge.spreadsheet.Report.RowReport;
import klynge.spreadsheet.Report.SheetReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the rows of a spreadsheet into the current cluster through the registry's and the
 * bodies' services, so every rule of the forms applies. The preview and the commit run
 * the same code in one transaction, each row in a savepoint of its own (a refused row
 * leaves nothing behind); the preview then rolls everything back, the commit keeps the
 * rows taken. A database failure (not a refused row) rolls back the whole commit.
 * Existing rows are matched (organisations and bodies by name, people by initials code or
 * e-mail, memberships by body, person, role and term) and left as they are, so the same
 * file twice changes nothing.
 */
@Service
class RegisterImport {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d.M.uuuu"),
			DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d/M/uuuu"));

	private final Organisations organisations;

	private final People people;

	private final OrganisationDirectory registry;

	private final BodyDirectory bodies;

	private final BodyRegister register;

	private final CurrentCluster cluster;

	private final Validator validator;

	private final TransactionTemplate whole;

	private final TransactionTemplate row;

	private final Labels<OrganisationType> organisationTypes;

	private final Labels<BodyType> bodyTypes;

	private final Labels<MembershipRole> roles;

	RegisterImport(Organisations organisations, People people, OrganisationDirectory registry, BodyDirectory bodies,
			BodyRegister register, CurrentCluster cluster, Validator validator, PlatformTransactionManager transactions,
			MessageSource messages) {
		this.organisations = organisations;
		this.people = people;
		this.registry = registry;
		this.bodies = bodies;
		this.register = register;
		this.cluster = cluster;
		this.validator = validator;
		this.whole = new TransactionTemplate(transactions);
		this.row = new TransactionTemplate(transactions);
		this.row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.organisationTypes = new Labels<>(OrganisationType.values(), OrganisationType::messageKey, messages);
		this.bodyTypes = new Labels<>(BodyType.values(), BodyType::messageKey, messages);
		this.roles = new Labels<>(MembershipRole.values(), MembershipRole::messageKey, messages);
	}

	Labels<OrganisationType> organisationTypes() {
		return organisationTypes;
	}

	Labels<BodyType> bodyTypes() {
		return bodyTypes;
	}

	Labels<MembershipRole> roles() {
		return roles;
	}

	/** What the rows would do; nothing is saved. */
	Report preview(List<Table> tables) {
		return whole.execute(status -> {
			status.setRollbackOnly();
			return new Run().all(tables, false);
		});
	}

	/** Takes the rows that can be taken, all in one transaction. */
	Report commit(List<Table> tables) {
		return whole.execute(status -> new Run().all(tables, true));
	}

	/** One import: what the cluster holds, and what the file has added so far. */
	private final class Run {

		private final UUID clusterId = cluster.id();

		private final Map<String, UUID> organisationsByName = new HashMap<>();

		private final Map<String, PersonRef> peopleByCode = new HashMap<>();

		private final Map<String, PersonRef> peopleByEmail = new HashMap<>();

		private final Map<UUID, String> emails = new HashMap<>();

		private final Map<String, List<PersonRef>> peopleByName = new HashMap<>();

		private final Map<String, UUID> bodiesByName = new HashMap<>();

		private final List<BodyRegister.Entry> memberships = new ArrayList<>();

		Run() {
			for (OrganisationRef organisation : organisations.all()) {
				organisationsByName.put(key(organisation.name()), organisation.id());
			}
			for (OrganisationRef organisation : organisations.all()) {
				if (organisation.shortName() != null) {
					organisationsByName.putIfAbsent(key(organisation.shortName()), organisation.id());
				}
			}
			for (PersonRef person : registry.people(clusterId)) {
				remember(person, registry.emailOf(clusterId, person.id()).orElse(null));
			}
			for (BodySummary body : bodies.bodies(clusterId)) {
				bodiesByName.putIfAbsent(key(body.name()), body.id());
			}
			memberships.addAll(register.memberships(clusterId));
		}

		private void remember(PersonRef person, String email) {
			peopleByCode.put(person.code(), person);
			if (email != null) {
				peopleByEmail.put(key(email), person);
				emails.put(person.id(), email);
			}
			peopleByName.computeIfAbsent(key(person.name()), k -> new ArrayList<>()).add(person);
		}

		Report all(List<Table> tables, boolean commit) {
			List<SheetReport> sheets = new ArrayList<>();
			for (ListKind kind : ListKind.values()) {
				for (Table table : tables) {
					if (table.kind() == kind) {
						sheets.add(new SheetReport(kind, table.headers(), sheet(table)));
					}
				}
			}
			// in the file's order of sheets
			List<SheetReport> ordered = new ArrayList<>();
			for (Table table : tables) {
				sheets.stream()
					.filter(s -> s.kind() == table.kind() && s.headers() == table.headers())
					.findFirst()
					.ifPresent(ordered::add);
			}
			return new Report(ordered, commit);
		}

		private List<RowReport> sheet(Table table) {
			RowReport[] reports = new RowReport[table.rows().size()];
			List<Column> missing = table.missing();
			if (!missing.isEmpty()) {
				String names = String.join(", ", missing.stream().map(Column::header).toList());
				for (int i = 0; i < reports.length; i++) {
					reports[i] = RowReport.error(table.rows().get(i), "spreadsheet.columns.missing", names);
				}
				return List.of(reports);
			}
			switch (table.kind()) {
				case ORGANISATIONS -> organisations(table, reports);
				case PEOPLE -> each(table, reports, this::person);
				case BODIES -> each(table, reports, this::body);
				case MEMBERSHIPS -> memberships(table, reports);
			}
			return List.of(reports);
		}

		private interface RowTaker {

			RowReport take(Table table, Table.Row row, Map<String, Integer> seen);

		}

		private void each(Table table, RowReport[] reports, RowTaker taker) {
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 0; i < reports.length; i++) {
				Table.Row r = table.rows().get(i);
				reports[i] = guarded(r, () -> taker.take(table, r, seen));
			}
		}

		/** A refused row's message; the row's writes undone by its savepoint. */
		private RowReport guarded(Table.Row source, Supplier<RowReport> work) {
			try {
				return row.execute(status -> {
					RowReport report = work.get();
					if (report.outcome() == Outcome.ERROR) {
						status.setRollbackOnly();
					}
					return report;
				});
			}
			catch (RuleViolation violation) {
				return RowReport.error(source, violation.messageKey(), violation.arguments());
			}
		}

		// organisations: a parent may come later in the file, so rows are taken once
		// their parent is known

		private void organisations(Table table, RowReport[] reports) {
			Map<String, Integer> seen = new HashMap<>();
			List<Integer> waiting = new ArrayList<>();
			for (int i = 0; i < reports.length; i++) {
				Table.Row r = table.rows().get(i);
				String name = table.cell(r, Column.NAME);
				RowReport early = organisationChecks(table, r, name, seen);
				if (early != null) {
					reports[i] = early;
				}
				else {
					waiting.add(i);
				}
			}
			for (boolean progress = true; progress;) {
				progress = false;
				for (var it = waiting.iterator(); it.hasNext();) {
					int i = it.next();
					Table.Row r = table.rows().get(i);
					String parent = table.cell(r, Column.PARENT);
					if (parent == null || organisationsByName.containsKey(key(parent))) {
						reports[i] = guarded(r, () -> createOrganisation(table, r));
						it.remove();
						progress = true;
					}
				}
			}
			for (int i : waiting) {
				Table.Row r = table.rows().get(i);
				reports[i] = RowReport.error(r, "spreadsheet.parent.unknown", table.cell(r, Column.PARENT));
			}
		}

		private RowReport organisationChecks(Table table, Table.Row r, String name, Map<String, Integer> seen) {
			if (name == null) {
				return required(r, Column.NAME);
			}
			Integer first = seen.putIfAbsent(key(name), r.number());
			if (first != null) {
				return RowReport.error(r, "spreadsheet.duplicate.name", name, first);
			}
			if (organisationsByName.containsKey(key(name))) {
				return RowReport.of(r, Outcome.UNCHANGED);
			}
			String type = table.cell(r, Column.TYPE);
			if (type == null) {
				return required(r, Column.TYPE);
			}
			if (organisationTypes.read(type).isEmpty()) {
				return RowReport.error(r, "spreadsheet.type.unknown", type);
			}
			return dateProblem(r, table.cell(r, Column.PARTNER_SINCE));
		}

		private RowReport createOrganisation(Table table, Table.Row r) {
			String name = table.cell(r, Column.NAME);
			String parent = table.cell(r, Column.PARENT);
			OrganisationForm form = new OrganisationForm(name, null,
					organisationTypes.read(table.cell(r, Column.TYPE)).orElseThrow(),
					parent == null ? null : organisationsByName.get(key(parent)), null, null, null, null);
			RowReport invalid = invalid(r, form);
			if (invalid != null) {
				return invalid;
			}
			UUID id = organisations.create(form);
			LocalDate since = date(table.cell(r, Column.PARTNER_SINCE));
			if (since != null) {
				organisations.addPartnership(id, new PartnershipForm(since, null));
			}
			organisationsByName.put(key(name), id);
			return RowReport.of(r, Outcome.NEW);
		}

		// people

		private RowReport person(Table table, Table.Row r, Map<String, Integer> seen) {
			String name = table.cell(r, Column.NAME);
			String codeText = table.cell(r, Column.CODE);
			String email = table.cell(r, Column.EMAIL);
			if (name == null) {
				return required(r, Column.NAME);
			}
			if (codeText == null) {
				return required(r, Column.CODE);
			}
			String code = InitialsCode.of(codeText).value();
			Integer first = seen.putIfAbsent("code:" + code, r.number());
			if (first != null) {
				return RowReport.error(r, "spreadsheet.duplicate.code", code, first);
			}
			if (email != null) {
				first = seen.putIfAbsent("email:" + key(email), r.number());
				if (first != null) {
					return RowReport.error(r, "spreadsheet.duplicate.email", email, first);
				}
			}
			PersonRef holder = peopleByCode.get(code);
			if (holder != null) {
				String holderEmail = emails.get(holder.id());
				boolean same = email != null && holderEmail != null ? key(email).equals(key(holderEmail))
						: key(name).equals(key(holder.name()));
				return same ? RowReport.of(r, Outcome.UNCHANGED)
						: RowReport.error(r, "person.code.taken", code, holder.name());
			}
			if (email != null && peopleByEmail.containsKey(key(email))) {
				PersonRef other = peopleByEmail.get(key(email));
				return RowReport.error(r, "spreadsheet.email.taken", email, other.name(), other.code());
			}
			String organisation = table.cell(r, Column.ORGANISATION);
			UUID organisationId = null;
			if (organisation != null) {
				organisationId = organisationsByName.get(key(organisation));
				if (organisationId == null) {
					return RowReport.error(r, "spreadsheet.organisation.unknown", organisation);
				}
			}
			PersonForm form = new PersonForm(name, code, email, table.cell(r, Column.PHONE),
					table.cell(r, Column.TITLE), organisationId, null);
			RowReport invalid = invalid(r, form);
			if (invalid != null) {
				return invalid;
			}
			UUID id = people.create(form);
			remember(new PersonRef(id, name.strip(), code), email);
			return RowReport.of(r, Outcome.NEW);
		}

		// bodies

		private RowReport body(Table table, Table.Row r, Map<String, Integer> seen) {
			String name = table.cell(r, Column.NAME);
			if (name == null) {
				return required(r, Column.NAME);
			}
			Integer first = seen.putIfAbsent(key(name), r.number());
			if (first != null) {
				return RowReport.error(r, "spreadsheet.duplicate.name", name, first);
			}
			if (bodiesByName.containsKey(key(name))) {
				return RowReport.of(r, Outcome.UNCHANGED);
			}
			String typeText = table.cell(r, Column.TYPE);
			if (typeText == null) {
				return required(r, Column.TYPE);
			}
			Optional<BodyType> type = bodyTypes.read(typeText);
			if (type.isEmpty()) {
				return RowReport.error(r, "spreadsheet.type.unknown", typeText);
			}
			RowReport badDate = dateProblem(r, table.cell(r, Column.ESTABLISHED));
			if (badDate != null) {
				return badDate;
			}
			LocalDate established = Objects.requireNonNullElseGet(date(table.cell(r, Column.ESTABLISHED)),
					() -> LocalDate.now(cluster.get().zone()));
			bodiesByName.put(key(name), register.createBody(clusterId, type.get(), name, established));
			return RowReport.of(r, Outcome.NEW);
		}

		// memberships: the members first, so a deputy finds the membership it stands in
		// for wherever it is in the file

		private void memberships(Table table, RowReport[] reports) {
			for (boolean deputies : new boolean[] { false, true }) {
				for (int i = 0; i < reports.length; i++) {
					Table.Row r = table.rows().get(i);
					if ((table.cell(r, Column.DEPUTY_FOR) != null) == deputies) {
						reports[i] = guarded(r, () -> membership(table, r));
					}
				}
			}
		}

		private RowReport membership(Table table, Table.Row r) {
			for (Column column : List.of(Column.BODY, Column.PERSON, Column.ROLE, Column.SEAT, Column.FROM)) {
				if (table.cell(r, column) == null) {
					return required(r, column);
				}
			}
			String bodyName = table.cell(r, Column.BODY);
			UUID bodyId = bodiesByName.get(key(bodyName));
			if (bodyId == null) {
				return RowReport.error(r, "spreadsheet.body.unknown", bodyName);
			}
			String personText = table.cell(r, Column.PERSON);
			Object person = person(personText);
			if (person instanceof RowProblem problem) {
				return RowReport.error(r, problem.key(), personText);
			}
			UUID personId = ((PersonRef) person).id();
			String roleText = table.cell(r, Column.ROLE);
			Optional<MembershipRole> role = roles.read(roleText);
			if (role.isEmpty()) {
				return RowReport.error(r, "spreadsheet.role.unknown", roleText);
			}
			for (Column column : List.of(Column.FROM, Column.TO)) {
				RowReport badDate = dateProblem(r, table.cell(r, column));
				if (badDate != null) {
					return badDate;
				}
			}
			LocalDate from = date(table.cell(r, Column.FROM));
			LocalDate to = date(table.cell(r, Column.TO));
			UUID deputyFor = null;
			String deputyText = table.cell(r, Column.DEPUTY_FOR);
			if (deputyText != null) {
				Object member = person(deputyText);
				if (member instanceof RowProblem problem) {
					return RowReport.error(r, problem.key(), deputyText);
				}
				UUID memberId = ((PersonRef) member).id();
				deputyFor = memberships.stream()
					.filter(m -> m.bodyId().equals(bodyId) && m.personId().equals(memberId)
							&& m.role() != MembershipRole.DEPUTY && !m.validFrom().isAfter(from)
							&& (m.validTo() == null || !m.validTo().isBefore(from)))
					.map(BodyRegister.Entry::id)
					.findFirst()
					.orElseThrow(() -> new RuleViolation("deputyForId", "membership.deputyFor.unknown"));
			}
			boolean known = memberships.stream()
				.anyMatch(m -> m.bodyId().equals(bodyId) && m.personId().equals(personId) && m.role() == role.get()
						&& m.validFrom().equals(from) && Objects.equals(m.validTo(), to));
			if (known) {
				return RowReport.of(r, Outcome.UNCHANGED);
			}
			String seat = table.cell(r, Column.SEAT);
			UUID id = register.addMembership(clusterId, bodyId, personId, role.get(), seat, deputyFor, from, to);
			memberships.add(new BodyRegister.Entry(id, bodyId, personId, role.get(), seat, deputyFor, from, to));
			return RowReport.of(r, Outcome.NEW);
		}

		private record RowProblem(String key) {
		}

		/** A person by initials code, e-mail or (unambiguous) name. */
		private Object person(String text) {
			PersonRef byCode = peopleByCode.get(text.strip().toUpperCase(Locale.ROOT));
			if (byCode != null) {
				return byCode;
			}
			PersonRef byEmail = peopleByEmail.get(key(text));
			if (byEmail != null) {
				return byEmail;
			}
			List<PersonRef> named = peopleByName.getOrDefault(key(text), List.of());
			if (named.size() > 1) {
				return new RowProblem("spreadsheet.person.ambiguous");
			}
			return named.isEmpty() ? new RowProblem("spreadsheet.person.unknown") : named.getFirst();
		}

		// values

		private RowReport required(Table.Row r, Column column) {
			return RowReport.error(r, "spreadsheet.required", column.header());
		}

		private RowReport dateProblem(Table.Row r, String text) {
			try {
				date(text);
				return null;
			}
			catch (DateTimeParseException bad) {
				return RowReport.error(r, "spreadsheet.date.invalid", text);
			}
		}

		private <T> RowReport invalid(Table.Row r, T form) {
			for (ConstraintViolation<T> violation : validator.validate(form)) {
				String field = violation.getPropertyPath().toString();
				Object value = violation.getInvalidValue();
				return RowReport.error(r, switch (field) {
					case "email" -> "spreadsheet.email.invalid";
					case "phone" -> "spreadsheet.phone.invalid";
					default -> "spreadsheet.value.invalid";
				}, value == null ? "" : value.toString());
			}
			return null;
		}

	}

	/**
	 * A date as dd.mm.yyyy (Norwegian), yyyy-mm-dd (ISO, Excel's date cells) or d/m/yyyy.
	 */
	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text.strip(), format.withResolverStyle(ResolverStyle.STRICT));
			}
			catch (DateTimeParseException next) {
				// the next format
			}
		}
		throw new DateTimeParseException("not a date", text, 0);
	}

	static String key(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
