package klynge.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.budget.BudgetArithmetic.Figures;
import klynge.budget.BudgetRepository.PartnerRow;
import klynge.budget.BudgetSheet.LinkedItem;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Access;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemForm;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingAccess;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationType;
import klynge.organisation.TypedOrganisation;
import klynge.security.ActorNames;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.security.Roles;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets of the current cluster. Staff (administrators, sekretariat) make and change
 * them; a chair reads every budget; members and observers read adopted budgets only (a
 * draft is the secretariat's working paper until a body has decided; what was adopted is
 * what their organisations pay). After adoption every change needs a reason and is kept
 * as a revision.
 */
@Service
public class Budgets {

	private final BudgetRepository repository;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	private final ActorNames actors;

	private final OrganisationDirectory registry;

	private final Agenda agenda;

	private final Meetings meetings;

	private final MeetingAccess meetingAccess;

	private final MessageSource messages;

	private final Money money;

	Budgets(BudgetRepository repository, CurrentCluster cluster, CurrentUser currentUser, ActorNames actors,
			OrganisationDirectory registry, Agenda agenda, Meetings meetings, MeetingAccess meetingAccess,
			MessageSource messages, Money money) {
		this.repository = repository;
		this.cluster = cluster;
		this.currentUser = currentUser;
		this.actors = actors;
		this.registry = registry;
		this.agenda = agenda;
		this.meetings = meetings;
		this.meetingAccess = meetingAccess;
		this.messages = messages;
		this.money = money;
	}

	/**
	 * The pool of collaboration funds of the adopted alternative of the year's budget in
	 * the current cluster; empty while no budget of that year is adopted. (For the
	 * funding module: a larger budget raises the call's frame, as in sak 23-21.)
	 */
	public Optional<BigDecimal> collaborationFunds(int year) {
		UUID clusterId = cluster.id();
		return repository.ofYear(clusterId, year)
			.filter(Budget::adopted)
			.flatMap(budget -> repository.alternative(clusterId, budget.adoptedAlternativeId()))
			.map(Alternative::collaborationFunds);
	}

	// reading

	public boolean mayEdit() {
		return currentUser.isStaff();
	}

	/** Whether the logged-in user may read budgets that are not adopted. */
	public boolean mayReadDrafts() {
		return currentUser.isStaff() || currentUser.get().map(u -> u.hasRole(Roles.CHAIR)).orElse(false);
	}

	public List<Budget> list() {
		boolean drafts = mayReadDrafts();
		return repository.all(cluster.id()).stream().filter(b -> drafts || b.adopted()).toList();
	}

	public Budget budget(UUID id) {
		Budget budget = repository.find(cluster.id(), id).orElseThrow(() -> new NotFoundException("budget", id));
		if (!budget.adopted() && !mayReadDrafts()) {
			throw new NotFoundException("budget", id);
		}
		return budget;
	}

	public BudgetSheet sheet(UUID id) {
		return sheetOf(budget(id), true);
	}

	/**
	 * The sheet of a budget an agenda item is based on, for the meeting view: whoever may
	 * see the item sees the alternatives it was decided on (no linked items or
	 * revisions).
	 */
	BudgetSheet sheetForMeeting(UUID id) {
		Budget budget = repository.find(cluster.id(), id).orElseThrow(() -> new NotFoundException("budget", id));
		return sheetOf(budget, false);
	}

	private BudgetSheet sheetOf(Budget budget, boolean full) {
		UUID clusterId = cluster.id();
		List<BudgetLine> lines = repository.lines(clusterId, budget.id());
		List<Alternative> alternatives = repository.alternatives(clusterId, budget.id());
		List<BudgetPartner> partners = partners(clusterId, budget.id());
		Map<String, BigDecimal> weights = repository.weights(clusterId, budget.id());
		List<Figures> figures = alternatives.stream()
			.map(a -> BudgetArithmetic.figures(a, lines, partners, budget.sharing(), weights))
			.toList();
		return new BudgetSheet(budget, lines, alternatives, partners, weights, figures,
				full ? linkedItems(budget) : List.of(),
				full ? repository.revisions(clusterId, budget.id()) : List.of());
	}

	private List<BudgetPartner> partners(UUID clusterId, UUID budgetId) {
		Map<UUID, String> names = new HashMap<>();
		registry.organisations(clusterId).forEach(o -> names.put(o.id(), o.name()));
		return repository.partners(clusterId, budgetId)
			.stream()
			.map(p -> new BudgetPartner(p.id(), p.budgetId(), p.organisationId(), names.get(p.organisationId()),
					p.category(), p.invoicedOn(), p.paidOn(), p.version()))
			.sorted(Comparator.comparing(BudgetPartner::name, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private List<LinkedItem> linkedItems(Budget budget) {
		List<LinkedItem> items = new ArrayList<>();
		for (UUID itemId : repository.items(cluster.id(), budget.id())) {
			AgendaItem item = agenda.item(itemId);
			Meeting meeting = meetings.meeting(item.meetingId());
			Viewer viewer = meetingAccess.viewerOf(meeting);
			String title = viewer.titleOf(item.exemption(), item.title(), meetings.today());
			if (title == null) {
				continue;
			}
			items.add(new LinkedItem(itemId, meeting.id(), caseNumber(item), title, meetings.bodyName(meeting),
					meeting.meetingDate(), itemId.equals(budget.adoptedItemId())));
		}
		items.sort(Comparator.comparing(LinkedItem::meetingDate));
		return items;
	}

	private String caseNumber(AgendaItem item) {
		if (item.caseNumber() != null) {
			return item.caseNumber().toString();
		}
		if (item.parentId() != null) {
			AgendaItem parent = agenda.item(item.parentId());
			return parent.caseNumber() == null ? null : parent.caseNumber().toString();
		}
		return null;
	}

	/**
	 * The organisations that may be added as paying partners, partners of the year first.
	 */
	public List<TypedOrganisation> organisations(int year) {
		return registry.organisationsWithType(cluster.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.sorted(Comparator.comparing((TypedOrganisation o) -> !o.partner()).thenComparing(TypedOrganisation::name))
			.toList();
	}

	/**
	 * Meetings whose agenda may still take the budget: planned or summoned, from today.
	 */
	public List<MeetingChoice> comingMeetings() {
		LocalDate today = meetings.today();
		List<MeetingChoice> choices = new ArrayList<>();
		for (Meeting meeting : meetings.between(today, today.plusYears(2))) {
			if (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.SUMMONED) {
				List<AgendaItem> items = agenda.items(meeting.id())
					.stream()
					.filter(item -> item.parentId() == null)
					.toList();
				choices.add(new MeetingChoice(meeting.id(), meetings.bodyName(meeting), meeting.meetingDate(), items));
			}
		}
		return choices;
	}

	/** A coming meeting and its items, for "Sett på sakslisten". */
	public record MeetingChoice(UUID meetingId, String bodyName, LocalDate date, List<AgendaItem> items) {
	}

	/** The year a new budget is usually for. */
	public int nextYear() {
		return meetings.today().getYear() + 1;
	}

	// writing

	@Transactional
	public UUID create(int year, String title) {
		requireStaff();
		UUID clusterId = cluster.id();
		if (year < 2000 || year > 2999) {
			throw new RuleViolation("year", "budget.year.invalid");
		}
		if (repository.ofYear(clusterId, year).isPresent()) {
			throw new RuleViolation("year", "budget.year.taken", year);
		}
		Locale locale = LocaleContextHolder.getLocale();
		String name = Text.blankToNull(title) == null ? msg("budget.defaultTitle", locale, year) : title.strip();
		UUID id = repository.insert(clusterId, year, name);
		for (LineKind kind : List.of(LineKind.COLLABORATION_FUNDS, LineKind.COORDINATOR, LineKind.USER_PANEL,
				LineKind.EVENTS)) {
			repository.insertLine(clusterId, id, kind, Direction.EXPENSE, msg(kind.messageKey(), locale),
					BigDecimal.ZERO);
		}
		for (TypedOrganisation o : organisations(year)) {
			if (o.partner()) {
				repository.insertPartner(clusterId, id, o.id(), o.type().name());
			}
		}
		return id;
	}

	/** Title and how shares are split (with the weight per category). */
	@Transactional
	public void updateSettings(UUID budgetId, String title, Sharing sharing, Map<String, BigDecimal> weights,
			int version, String reason) {
		Budget budget = editable(budgetId);
		if (Text.blankToNull(title) == null) {
			throw new RuleViolation("title", "budget.title.required");
		}
		Map<String, BigDecimal> before = repository.weights(cluster.id(), budgetId);
		List<String> changes = new ArrayList<>();
		if (!budget.title().equals(title.strip())) {
			changes.add("title: " + budget.title() + " → " + title.strip());
		}
		if (budget.sharing() != sharing) {
			changes.add("sharing: " + budget.sharing() + " → " + sharing);
		}
		for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
			OrganisationType.valueOf(weight.getKey());
			if (weight.getValue() == null || weight.getValue().signum() <= 0
					|| weight.getValue().compareTo(new BigDecimal("9999")) > 0) {
				throw new RuleViolation("weights", "budget.weight.invalid");
			}
			BigDecimal old = before.getOrDefault(weight.getKey(), BigDecimal.ONE);
			if (old.compareTo(weight.getValue()) != 0) {
				changes.add("weight " + weight.getKey() + ": " + old.stripTrailingZeros().toPlainString() + " → "
						+ weight.getValue().stripTrailingZeros().toPlainString());
			}
		}
		revise(budget, reason, changes);
		if (!repository.update(cluster.id(), budgetId, title.strip(), sharing, version)) {
			throw new EditConflict("budget", budgetId, repository.find(cluster.id(), budgetId).orElseThrow().version());
		}
		weights.forEach((category, weight) -> repository.setWeight(cluster.id(), budgetId, category, weight));
	}

	@Transactional
	public UUID addLine(UUID budgetId, LineKind kind, Direction direction, String name, BigDecimal amount,
			String reason) {
		Budget budget = editable(budgetId);
		checkLine(budgetId, null, kind, direction, name, amount);
		revise(budget, reason, List.of("+ line " + name.strip() + ": " + amountText(amount)));
		return repository.insertLine(cluster.id(), budgetId, kind, direction, name.strip(), zeroIfNull(amount));
	}

	@Transactional
	public void updateLine(UUID lineId, LineKind kind, Direction direction, String name, BigDecimal amount, int version,
			String reason) {
		BudgetLine line = line(lineId);
		Budget budget = editable(line.budgetId());
		checkLine(line.budgetId(), lineId, kind, direction, name, amount);
		List<String> changes = new ArrayList<>();
		if (!line.name().equals(name.strip())) {
			changes.add("line " + line.name() + ": name → " + name.strip());
		}
		if (line.kind() != kind || line.direction() != direction) {
			changes.add("line " + name.strip() + ": " + line.kind() + "/" + line.direction() + " → " + kind + "/"
					+ direction);
		}
		if (!line.pool() && line.amount().compareTo(zeroIfNull(amount)) != 0) {
			changes.add("line " + name.strip() + ": " + amountText(line.amount()) + " → " + amountText(amount));
		}
		revise(budget, reason, changes);
		if (!repository.updateLine(cluster.id(), lineId, kind, direction, name.strip(), zeroIfNull(amount), version)) {
			throw new EditConflict("line", lineId, line(lineId).version());
		}
		repository.touch(cluster.id(), budget.id());
	}

	@Transactional
	public void deleteLine(UUID lineId, String reason) {
		BudgetLine line = line(lineId);
		Budget budget = editable(line.budgetId());
		revise(budget, reason, List.of("− line " + line.name() + ": " + amountText(line.amount())));
		repository.deleteLine(cluster.id(), lineId);
		repository.touch(cluster.id(), budget.id());
	}

	private void checkLine(UUID budgetId, UUID lineId, LineKind kind, Direction direction, String name,
			BigDecimal amount) {
		if (kind == null) {
			throw new RuleViolation("kind", "budget.line.kindRequired");
		}
		if (direction == null) {
			throw new RuleViolation("direction", "budget.line.directionRequired");
		}
		if (Text.blankToNull(name) == null) {
			throw new RuleViolation("name", "budget.line.nameRequired");
		}
		if (name.strip().length() > 200) {
			throw new RuleViolation("name", "budget.line.nameTooLong");
		}
		Money.requireValid(amount, "amount");
		if (kind == LineKind.COLLABORATION_FUNDS) {
			if (direction != Direction.EXPENSE) {
				throw new RuleViolation("direction", "budget.line.poolIsExpense");
			}
			boolean another = repository.lines(cluster.id(), budgetId)
				.stream()
				.anyMatch(l -> l.pool() && !l.id().equals(lineId));
			if (another) {
				throw new RuleViolation("kind", "budget.line.onePool");
			}
		}
	}

	@Transactional
	public UUID addAlternative(UUID budgetId, String letter, BigDecimal pool, String note, String reason) {
		Budget budget = editable(budgetId);
		String normalised = letter(letter);
		if (pool == null) {
			throw new RuleViolation("collaborationFunds", "budget.alternative.poolRequired");
		}
		Money.requireValid(pool, "collaborationFunds");
		if (repository.alternatives(cluster.id(), budgetId).stream().anyMatch(a -> a.letter().equals(normalised))) {
			throw new RuleViolation("letter", "budget.alternative.letterTaken", normalised);
		}
		revise(budget, reason, List.of("+ alternative " + normalised + ": " + amountText(pool)));
		UUID id = repository.insertAlternative(cluster.id(), budgetId, normalised, pool, Text.blankToNull(note));
		repository.touch(cluster.id(), budgetId);
		return id;
	}

	@Transactional
	public void updateAlternative(UUID alternativeId, BigDecimal pool, String note, int version, String reason) {
		Alternative alternative = alternative(alternativeId);
		Budget budget = editable(alternative.budgetId());
		if (pool == null) {
			throw new RuleViolation("collaborationFunds", "budget.alternative.poolRequired");
		}
		Money.requireValid(pool, "collaborationFunds");
		List<String> changes = new ArrayList<>();
		if (alternative.collaborationFunds().compareTo(pool) != 0) {
			changes.add("alternative " + alternative.letter() + ": " + amountText(alternative.collaborationFunds())
					+ " → " + amountText(pool));
		}
		if (!Objects.equals(alternative.note(), Text.blankToNull(note))) {
			changes.add("alternative " + alternative.letter() + ": note");
		}
		revise(budget, reason, changes);
		if (!repository.updateAlternative(cluster.id(), alternativeId, pool, Text.blankToNull(note), version)) {
			throw new EditConflict("alternative", alternativeId, alternative(alternativeId).version());
		}
		repository.touch(cluster.id(), budget.id());
	}

	@Transactional
	public void deleteAlternative(UUID alternativeId) {
		Alternative alternative = alternative(alternativeId);
		Budget budget = editable(alternative.budgetId());
		if (budget.adopted()) {
			throw new RuleViolation(null, "budget.alternative.adoptedStays");
		}
		repository.deleteAlternative(cluster.id(), alternativeId);
		repository.touch(cluster.id(), budget.id());
	}

	@Transactional
	public void addPartner(UUID budgetId, UUID organisationId, String reason) {
		Budget budget = editable(budgetId);
		TypedOrganisation organisation = organisations(budget.year()).stream()
			.filter(o -> o.id().equals(organisationId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("organisationId", "budget.partner.unknown"));
		if (repository.partners(cluster.id(), budgetId)
			.stream()
			.anyMatch(p -> p.organisationId().equals(organisationId))) {
			throw new RuleViolation("organisationId", "budget.partner.already", organisation.name());
		}
		revise(budget, reason, List.of("+ partner " + organisation.name()));
		repository.insertPartner(cluster.id(), budgetId, organisationId, organisation.type().name());
		repository.touch(cluster.id(), budgetId);
	}

	@Transactional
	public void removePartner(UUID partnerId, String reason) {
		PartnerRow partner = partnerRow(partnerId);
		Budget budget = editable(partner.budgetId());
		String name = registry.organisation(cluster.id(), partner.organisationId()).map(o -> o.name()).orElse("?");
		revise(budget, reason, List.of("− partner " + name));
		repository.deletePartner(cluster.id(), partnerId);
		repository.touch(cluster.id(), budget.id());
	}

	@Transactional
	public void setCategory(UUID partnerId, String category, String reason) {
		PartnerRow partner = partnerRow(partnerId);
		Budget budget = editable(partner.budgetId());
		OrganisationType type = category(category);
		if (!type.name().equals(partner.category())) {
			revise(budget, reason, List.of("partner category: " + partner.category() + " → " + type));
			repository.setCategory(cluster.id(), partnerId, type.name());
			repository.touch(cluster.id(), budget.id());
		}
	}

	/**
	 * Puts the budget on a coming meeting's agenda: as a new decision item, or as the
	 * basis of an item already there.
	 */
	@Transactional
	public UUID putOnAgenda(UUID budgetId, UUID meetingId, UUID itemId) {
		requireStaff();
		Budget budget = repository.lock(cluster.id(), budgetId)
			.orElseThrow(() -> new NotFoundException("budget", budgetId));
		UUID target = itemId;
		if (target == null) {
			if (meetingId == null) {
				throw new RuleViolation("meetingId", "budget.agenda.choose");
			}
			meetings.meeting(meetingId);
			target = agenda.add(meetingId, new AgendaItemForm(null, AgendaItemType.DECISION, budget.title(), null, null,
					null, null, null, false, Access.PUBLIC, null, null, null, 0));
		}
		else {
			agenda.item(target);
		}
		Optional<UUID> already = repository.budgetOfItem(cluster.id(), target);
		if (already.isPresent()) {
			throw new RuleViolation("itemId", "budget.agenda.itemTaken");
		}
		repository.insertItem(cluster.id(), budgetId, target);
		repository.touch(cluster.id(), budgetId);
		return target;
	}

	/**
	 * Records the vedtak: the chosen alternative, the item that adopted it (one the
	 * budget is the basis of) and the conditions ("forutsatt forankring hos alle
	 * partnere"). From then on the budget is locked.
	 */
	@Transactional
	public void adopt(UUID budgetId, UUID alternativeId, UUID itemId, String conditions) {
		requireStaff();
		Budget budget = repository.lock(cluster.id(), budgetId)
			.orElseThrow(() -> new NotFoundException("budget", budgetId));
		if (budget.adopted()) {
			throw new RuleViolation(null, "budget.alreadyAdopted");
		}
		if (alternativeId == null) {
			throw new RuleViolation("alternativeId", "budget.adopt.chooseAlternative");
		}
		Alternative alternative = repository.alternative(cluster.id(), alternativeId)
			.filter(a -> a.budgetId().equals(budgetId))
			.orElseThrow(() -> new RuleViolation("alternativeId", "budget.adopt.chooseAlternative"));
		if (itemId == null || !repository.items(cluster.id(), budgetId).contains(itemId)) {
			throw new RuleViolation("itemId", "budget.adopt.chooseItem");
		}
		String text = Text.blankToNull(conditions);
		if (text != null && text.length() > 2000) {
			throw new RuleViolation("conditions", "budget.adopt.conditionsTooLong");
		}
		repository.adopt(cluster.id(), budgetId, alternative.id(), itemId, text == null ? null : text.strip(),
				actors.current());
	}

	/** Invoice dates of a partner (follow-through: no revision needed). */
	@Transactional
	public void recordInvoice(UUID partnerId, LocalDate invoicedOn, LocalDate paidOn, int version) {
		requireStaff();
		PartnerRow partner = partnerRow(partnerId);
		Budget budget = budget(partner.budgetId());
		if (!budget.adopted()) {
			throw new RuleViolation(null, "budget.invoice.notAdopted");
		}
		if (paidOn != null && invoicedOn == null) {
			throw new RuleViolation("invoicedOn", "budget.invoice.paidBeforeInvoiced");
		}
		if (paidOn != null && paidOn.isBefore(invoicedOn)) {
			throw new RuleViolation("paidOn", "budget.invoice.paidBeforeInvoiced");
		}
		if (!repository.setInvoice(cluster.id(), partnerId, invoicedOn, paidOn, version)) {
			throw new EditConflict("partner", partnerId, partnerRow(partnerId).version());
		}
	}

	/** What a line really came to (follow-through: no revision needed). */
	@Transactional
	public void recordActual(UUID lineId, BigDecimal actual) {
		requireStaff();
		BudgetLine line = line(lineId);
		budget(line.budgetId());
		Money.requireValid(actual, "actual");
		repository.setActual(cluster.id(), lineId, actual);
	}

	// helpers

	public BudgetLine line(UUID lineId) {
		BudgetLine line = repository.line(cluster.id(), lineId)
			.orElseThrow(() -> new NotFoundException("budget-line", lineId));
		budget(line.budgetId());
		return line;
	}

	public Alternative alternative(UUID alternativeId) {
		Alternative alternative = repository.alternative(cluster.id(), alternativeId)
			.orElseThrow(() -> new NotFoundException("budget-alternative", alternativeId));
		budget(alternative.budgetId());
		return alternative;
	}

	PartnerRow partnerRow(UUID partnerId) {
		PartnerRow partner = repository.partner(cluster.id(), partnerId)
			.orElseThrow(() -> new NotFoundException("budget-partner", partnerId));
		budget(partner.budgetId());
		return partner;
	}

	/**
	 * The budget, locked for the change; the caller checks adoption via {@link #revise}.
	 */
	private Budget editable(UUID budgetId) {
		requireStaff();
		return repository.lock(cluster.id(), budgetId).orElseThrow(() -> new NotFoundException("budget", budgetId));
	}

	/**
	 * An adopted budget changes only with a reason: the change is kept as a revision
	 * (who, when, why, what). A draft changes freely (the audit log has it).
	 */
	private void revise(Budget budget, String reason, List<String> changes) {
		if (!budget.adopted() || changes.isEmpty()) {
			return;
		}
		String why = Text.blankToNull(reason);
		if (why == null) {
			throw new RuleViolation("reason", "budget.locked");
		}
		if (why.length() > 2000) {
			throw new RuleViolation("reason", "budget.reason.tooLong");
		}
		repository.insertRevision(cluster.id(), budget.id(), why.strip(), String.join("\n", changes), actors.current());
	}

	private void requireStaff() {
		if (!currentUser.isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("staff only");
		}
	}

	static String letter(String letter) {
		String normalised = letter == null ? "" : letter.strip().toUpperCase(Locale.ROOT);
		if (!normalised.matches("[A-Z]{1,3}")) {
			throw new RuleViolation("letter", "budget.alternative.letterInvalid");
		}
		return normalised;
	}

	static OrganisationType category(String category) {
		try {
			return OrganisationType.valueOf(category);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw new RuleViolation("category", "budget.partner.category");
		}
	}

	private static BigDecimal zeroIfNull(BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

	private String amountText(BigDecimal amount) {
		return money.format(zeroIfNull(amount));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static <T> Map<UUID, T> byId(List<T> list, Function<T, UUID> id) {
		return list.stream().collect(Collectors.toMap(id, t -> t));
	}

}
