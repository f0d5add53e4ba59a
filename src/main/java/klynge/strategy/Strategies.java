package klynge.strategy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.CurrentCluster;
import klynge.security.ActorNames;
import klynge.security.CurrentUser;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.strategy.Forms.AssessmentForm;
import klynge.strategy.Forms.FocusAreaForm;
import klynge.strategy.Forms.GoalForm;
import klynge.strategy.Forms.InputForm;
import klynge.strategy.Forms.InputStatusForm;
import klynge.strategy.Forms.StrategyForm;
import klynge.strategy.StrategyRules.Check;
import klynge.strategy.Views.FocusAreaView;
import klynge.strategy.Views.GoalView;
import klynge.strategy.Views.InputView;
import klynge.strategy.Views.StrategyPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies of the current cluster. The public sees the adopted strategy in force (or
 * the latest), with inputs from public items only; drafts, and everything else, are for
 * staff (404 to everyone else).
 */
@Service
public class Strategies {

	private final StrategyRepository repository;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	private final ActorNames actors;

	private final BodyDirectory bodies;

	Strategies(StrategyRepository repository, CurrentCluster cluster, CurrentUser user, ActorNames actors,
			BodyDirectory bodies) {
		this.repository = repository;
		this.cluster = cluster;
		this.user = user;
		this.actors = actors;
		this.bodies = bodies;
	}

	LocalDate today() {
		return LocalDate.now(zone());
	}

	ZoneId zone() {
		return cluster.get().zone();
	}

	// --- reading

	/** The adopted strategy in force or the latest, as the current user may see it. */
	Optional<StrategyPage> current() {
		UUID clusterId = cluster.id();
		return repository.current(clusterId).map(s -> page(clusterId, s, user.isStaff()));
	}

	/** A strategy as staff edit it; drafts too. */
	StrategyPage staffPage(UUID id) {
		UUID clusterId = cluster.id();
		return page(clusterId, strategy(clusterId, id), true);
	}

	List<Strategy> all() {
		return repository.strategies(cluster.id());
	}

	/** A goal with its history and its strategy; a draft's goals are staff only. */
	record GoalHistory(Strategy strategy, FocusArea focusArea, GoalView goal) {
	}

	GoalHistory goalHistory(UUID goalId) {
		UUID clusterId = cluster.id();
		Goal goal = repository.goal(clusterId, goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
		Strategy strategy = strategy(clusterId, repository.strategyOfGoal(clusterId, goalId));
		if (!strategy.adopted() && !user.isStaff()) {
			throw new NotFoundException("goal", goalId);
		}
		StrategyPage page = page(clusterId, strategy, user.isStaff());
		GoalView view = page.goals().stream().filter(g -> g.goal().id().equals(goal.id())).findFirst().orElseThrow();
		FocusArea area = page.areas()
			.stream()
			.map(FocusAreaView::area)
			.filter(a -> a.id().equals(goal.focusAreaId()))
			.findFirst()
			.orElseThrow();
		return new GoalHistory(strategy, area, view);
	}

	/** The strategy whole: focus areas, goals with lights and history, inputs. */
	StrategyPage page(UUID clusterId, Strategy strategy, boolean staff) {
		List<FocusArea> areas = repository.focusAreas(clusterId, strategy.id());
		List<Goal> goals = repository.goals(clusterId, strategy.id());
		Map<UUID, List<Integer>> sdgs = repository.sdgs(clusterId, strategy.id());
		Map<UUID, List<Assessment>> assessments = repository.assessments(clusterId, strategy.id())
			.stream()
			.collect(Collectors.groupingBy(Assessment::goalId));
		Map<UUID, String> bodyNames = bodies.bodies(clusterId)
			.stream()
			.collect(Collectors.toMap(BodySummary::id, BodySummary::name, (a, b) -> a));
		List<FocusAreaView> areaViews = new ArrayList<>();
		for (FocusArea area : areas) {
			List<GoalView> goalViews = goals.stream().filter(g -> g.focusAreaId().equals(area.id())).map(g -> {
				List<Assessment> history = StrategyRules.history(assessments.getOrDefault(g.id(), List.of()));
				Assessment current = history.isEmpty() ? null : history.getFirst();
				return new GoalView(g, sdgs.getOrDefault(g.id(), List.of()).stream().map(Sdg::new).toList(),
						g.ownerBodyId() == null ? null : bodyNames.get(g.ownerBodyId()),
						current == null ? Light.NOT_ASSESSED : current.light(), current, history);
			}).toList();
			areaViews.add(new FocusAreaView(area, goalViews));
		}
		Map<UUID, String> goalTexts = goals.stream().collect(Collectors.toMap(Goal::id, Goal::text));
		Map<UUID, String> areaNames = areas.stream().collect(Collectors.toMap(FocusArea::id, FocusArea::name));
		List<InputView> inputs = new ArrayList<>();
		for (StrategyInput input : repository.inputs(clusterId, strategy.id())) {
			ItemRef item = input.itemId() == null ? null
					: repository.item(clusterId, input.itemId(), staff).orElse(null);
			// what was said at an item that is not public stays off the public pages
			if (!staff && input.itemId() != null && (item == null || !item.open())) {
				continue;
			}
			inputs.add(new InputView(input, item, goalTexts.get(input.goalId()), areaNames.get(input.focusAreaId())));
		}
		ItemRef adoptedItem = strategy.adoptedItemId() == null ? null
				: repository.item(clusterId, strategy.adoptedItemId(), staff).orElse(null);
		return new StrategyPage(strategy, adoptedItem, areaViews, inputs);
	}

	private Strategy strategy(UUID clusterId, UUID id) {
		return repository.find(clusterId, id).orElseThrow(() -> new NotFoundException("strategy", id));
	}

	/**
	 * The cluster's items to link an input or an adoption to, found by "21-21" or title.
	 */
	List<ItemRef> itemChoices(String search) {
		return repository.items(cluster.id(), search, true);
	}

	List<BodySummary> bodyChoices() {
		return bodies.bodies(cluster.id());
	}

	// --- writing (staff)

	/** A new strategy; a draft unless the form says otherwise. */
	@Transactional
	UUID create(StrategyForm form) {
		UUID clusterId = cluster.id();
		Check check = new Check();
		Fields fields = strategyFields(clusterId,
				form.status() == null || form.status().isBlank() ? new StrategyForm(form.name(), form.fromYear(),
						form.toYear(), StrategyStatus.DRAFT.name(), form.adoptedItemId(), form.version()) : form,
				check);
		check.done();
		return repository.insertStrategy(clusterId, fields.name(), fields.from(), fields.to(), fields.status(),
				fields.itemId());
	}

	@Transactional
	void update(UUID id, StrategyForm form) {
		UUID clusterId = cluster.id();
		Strategy strategy = strategy(clusterId, id);
		Check check = new Check();
		Fields fields = strategyFields(clusterId, form, check);
		if (fields.status() != null) {
			String refused = StrategyRules.statusChange(strategy.status(), fields.status());
			if (refused != null) {
				check.fail("status", refused);
			}
		}
		check.done();
		Integer version = check.version(form.version());
		if (!repository.updateStrategy(clusterId, id, version == null ? strategy.version() : version, fields.name(),
				fields.from(), fields.to(), fields.status(), fields.itemId())) {
			throw new EditConflict("strategy", id, strategy.version());
		}
	}

	private record Fields(String name, Integer from, Integer to, StrategyStatus status, UUID itemId) {
	}

	private Fields strategyFields(UUID clusterId, StrategyForm form, Check check) {
		String name = check.text("name", form.name(), 300, true);
		Integer from = check.year("fromYear", form.fromYear());
		Integer to = check.year("toYear", form.toYear());
		if (from != null && to != null && to < from) {
			check.fail("toYear", "strategy.form.toBeforeFrom");
		}
		StrategyStatus status = check.choice("status", form.status(), StrategyStatus.class);
		UUID itemId = item(clusterId, "adoptedItemId", form.adoptedItemId(), check);
		return new Fields(name, from, to, status, itemId);
	}

	private UUID item(UUID clusterId, String field, String value, Check check) {
		UUID itemId = check.id(field, value);
		if (itemId != null && repository.item(clusterId, itemId, true).isEmpty()) {
			check.fail(field, "strategy.form.choice");
			return null;
		}
		return itemId;
	}

	@Transactional
	void addFocusArea(UUID strategyId, FocusAreaForm form) {
		UUID clusterId = cluster.id();
		strategy(clusterId, strategyId);
		Check check = new Check();
		String name = check.text("name", form.name(), 300, true);
		String description = check.text("description", form.description(), 4000, false);
		int position = check.position("position", form.position(),
				repository.nextFocusAreaPosition(clusterId, strategyId));
		check.done();
		repository.insertFocusArea(clusterId, strategyId, position, name, description);
	}

	/**
	 * @return the strategy of the focus area
	 */
	@Transactional
	UUID updateFocusArea(UUID id, FocusAreaForm form) {
		UUID clusterId = cluster.id();
		FocusArea area = focusArea(clusterId, id);
		Check check = new Check();
		String name = check.text("name", form.name(), 300, true);
		String description = check.text("description", form.description(), 4000, false);
		int position = check.position("position", form.position(), area.position());
		check.done();
		repository.updateFocusArea(clusterId, id, position, name, description);
		return area.strategyId();
	}

	FocusArea focusArea(UUID id) {
		return focusArea(cluster.id(), id);
	}

	private FocusArea focusArea(UUID clusterId, UUID id) {
		return repository.focusArea(clusterId, id).orElseThrow(() -> new NotFoundException("focus area", id));
	}

	/**
	 * @return the strategy of the focus area
	 */
	@Transactional
	UUID addGoal(UUID focusAreaId, GoalForm form) {
		UUID clusterId = cluster.id();
		FocusArea area = focusArea(clusterId, focusAreaId);
		Check check = new Check();
		GoalFields fields = goalFields(clusterId, form, check,
				() -> repository.nextGoalPosition(clusterId, focusAreaId));
		check.done();
		UUID goal = repository.insertGoal(clusterId, focusAreaId, fields.position(), fields.text(), fields.owner());
		repository.replaceSdgs(clusterId, goal, fields.sdgs());
		return area.strategyId();
	}

	/**
	 * @return the strategy of the goal
	 */
	@Transactional
	UUID updateGoal(UUID goalId, GoalForm form) {
		UUID clusterId = cluster.id();
		Goal goal = goal(clusterId, goalId);
		Check check = new Check();
		GoalFields fields = goalFields(clusterId, form, check, goal::position);
		check.done();
		Integer version = check.version(form.version());
		if (!repository.updateGoal(clusterId, goalId, version == null ? goal.version() : version, fields.position(),
				fields.text(), fields.owner())) {
			throw new EditConflict("goal", goalId, goal.version());
		}
		repository.replaceSdgs(clusterId, goalId, fields.sdgs());
		return repository.strategyOfGoal(clusterId, goalId);
	}

	private record GoalFields(String text, int position, UUID owner, Set<Integer> sdgs) {
	}

	private GoalFields goalFields(UUID clusterId, GoalForm form, Check check,
			java.util.function.IntSupplier nextPosition) {
		String text = check.text("text", form.text(), 1000, true);
		int position = check.position("position", form.position(), nextPosition.getAsInt());
		UUID owner = check.id("ownerBodyId", form.ownerBodyId());
		if (owner != null && bodies.body(clusterId, owner).isEmpty()) {
			check.fail("ownerBodyId", "strategy.form.choice");
			owner = null;
		}
		Set<Integer> sdgs = new LinkedHashSet<>();
		for (String value : form.sdgs()) {
			try {
				int number = Integer.parseInt(value.strip());
				if (number < 1 || number > 17) {
					throw new NumberFormatException(value);
				}
				sdgs.add(number);
			}
			catch (NumberFormatException ex) {
				check.fail("sdgs", "strategy.form.choice");
			}
		}
		return new GoalFields(text, position, owner, sdgs);
	}

	private Goal goal(UUID clusterId, UUID id) {
		return repository.goal(clusterId, id).orElseThrow(() -> new NotFoundException("goal", id));
	}

	/**
	 * Records a light for the goal, dated and commented, by the current user; earlier
	 * lights stay.
	 * @return the strategy of the goal
	 */
	@Transactional
	UUID assess(UUID goalId, AssessmentForm form) {
		UUID clusterId = cluster.id();
		goal(clusterId, goalId);
		Check check = new Check();
		LocalDate day = check.date("assessedOn", form.assessedOn(), today());
		Light light = check.choice("light", form.light(), Light.class);
		String comment = check.text("comment", form.comment(), 4000, true);
		check.done();
		repository.insertAssessment(clusterId, goalId, day, light, comment, actors.current());
		return repository.strategyOfGoal(clusterId, goalId);
	}

	@Transactional
	void addInput(UUID strategyId, InputForm form) {
		UUID clusterId = cluster.id();
		strategy(clusterId, strategyId);
		Check check = new Check();
		String text = check.text("text", form.text(), 4000, true);
		String givenBy = check.text("givenBy", form.givenBy(), 300, true);
		String organisation = check.text("organisation", form.organisation(), 300, false);
		LocalDate givenOn = check.date("givenOn", form.givenOn(), today());
		UUID itemId = item(clusterId, "itemId", form.itemId(), check);
		UUID areaId = check.id("focusAreaId", form.focusAreaId());
		if (areaId != null
				&& repository.focusArea(clusterId, areaId).filter(a -> a.strategyId().equals(strategyId)).isEmpty()) {
			check.fail("focusAreaId", "strategy.form.choice");
			areaId = null;
		}
		UUID goalId = goalOf(clusterId, strategyId, "goalId", form.goalId(), check);
		check.done();
		if (goalId != null && areaId == null) {
			areaId = repository.goal(clusterId, goalId).map(Goal::focusAreaId).orElse(null);
		}
		repository.insertInput(clusterId, strategyId, text, givenBy, organisation, givenOn, itemId, areaId, goalId);
	}

	private UUID goalOf(UUID clusterId, UUID strategyId, String field, String value, Check check) {
		UUID goalId = check.id(field, value);
		if (goalId != null && (repository.goal(clusterId, goalId).isEmpty()
				|| !repository.strategyOfGoal(clusterId, goalId).equals(strategyId))) {
			check.fail(field, "strategy.form.choice");
			return null;
		}
		return goalId;
	}

	/**
	 * Moves an input on (new → considered → incorporated / not used) and links it to a
	 * goal.
	 * @return the strategy of the input
	 */
	@Transactional
	UUID updateInput(UUID inputId, InputStatusForm form) {
		UUID clusterId = cluster.id();
		StrategyInput input = repository.input(clusterId, inputId)
			.orElseThrow(() -> new NotFoundException("input", inputId));
		Check check = new Check();
		InputStatus status = check.choice("status", form.status(), InputStatus.class);
		UUID goalId = goalOf(clusterId, input.strategyId(), "goalId", form.goalId(), check);
		check.done();
		String refused = StrategyRules.inputChange(input.status(), status);
		if (refused != null) {
			throw new RuleViolation("status", refused);
		}
		Integer version = check.version(form.version());
		if (!repository.updateInput(clusterId, inputId, version == null ? input.version() : version, status, goalId)) {
			throw new EditConflict("input", inputId, input.version());
		}
		return input.strategyId();
	}

	UUID strategyOfInput(UUID inputId) {
		return repository.input(cluster.id(), inputId)
			.orElseThrow(() -> new NotFoundException("input", inputId))
			.strategyId();
	}

}
