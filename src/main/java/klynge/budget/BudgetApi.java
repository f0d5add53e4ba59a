package klynge.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.budget.BudgetArithmetic.Figures;
import klynge.shared.EntityTags;
import klynge.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budgets as JSON: the alternatives with their computed figures and shares, partners,
 * adoption and revisions. Changes of lines, alternatives and invoices say the version
 * they change (If-Match or {@code version}); changes of an adopted budget need a
 * {@code revisionReason} (else 422 {@code urn:klynge:problem:budget.locked}).
 */
@Tag(name = "Budgets")
@RestController
@RequestMapping("/api/v1/budgets")
class BudgetApi {

	record SummaryJson(UUID id, int year, String title, boolean adopted, String adoptedAlternative,
			BigDecimal collaborationFunds, int version) {
	}

	record LineJson(UUID id, LineKind kind, Direction direction, String name, BigDecimal amount, BigDecimal actual,
			int version) {
	}

	record ShareJson(UUID organisationId, String name, String category, BigDecimal weight, BigDecimal amount) {
	}

	record AlternativeJson(UUID id, String letter, BigDecimal collaborationFunds, String note, BigDecimal expenses,
			BigDecimal otherIncome, BigDecimal contributions, BigDecimal sharePerUnit, BigDecimal balance,
			List<ShareJson> shares, int version) {

		static AlternativeJson of(Figures f) {
			Alternative a = f.alternative();
			return new AlternativeJson(a.id(), a.letter(), a.collaborationFunds(), a.note(), f.expenses(),
					f.otherIncome(), f.contributions(), f.unitShare(), f.balance(),
					f.shares()
						.stream()
						.map(s -> new ShareJson(s.organisationId(), s.name(), s.category(), s.weight(), s.amount()))
						.toList(),
					a.version());
		}
	}

	record PartnerJson(UUID id, UUID organisationId, String name, String category, BigDecimal due, LocalDate invoicedOn,
			LocalDate paidOn, int version) {
	}

	record AdoptionJson(UUID alternativeId, String letter, UUID itemId, String conditions, OffsetDateTime adoptedAt,
			String adoptedBy) {
	}

	record ItemJson(UUID itemId, UUID meetingId, String caseNumber, String title, String body, LocalDate meetingDate) {
	}

	record RevisionJson(String reason, String changes, String revisedBy, OffsetDateTime revisedAt) {
	}

	record BudgetJson(UUID id, int year, String title, Sharing sharing, List<LineJson> lines,
			List<AlternativeJson> alternatives, List<PartnerJson> partners, AdoptionJson adoption, List<ItemJson> items,
			List<RevisionJson> revisions, int version) {

		static BudgetJson of(BudgetSheet sheet) {
			Budget b = sheet.budget();
			Alternative adopted = sheet.adopted();
			return new BudgetJson(b.id(), b.year(), b.title(), b.sharing(),
					sheet.lines()
						.stream()
						.map(l -> new LineJson(l.id(), l.kind(), l.direction(), l.name(), l.pool() ? null : l.amount(),
								l.actual(), l.version()))
						.toList(),
					sheet.figures().stream().map(AlternativeJson::of).toList(),
					sheet.partners()
						.stream()
						.map(p -> new PartnerJson(p.id(), p.organisationId(), p.name(), p.category(),
								sheet.dueFrom(p.organisationId()), p.invoicedOn(), p.paidOn(), p.version()))
						.toList(),
					adopted == null ? null
							: new AdoptionJson(adopted.id(), adopted.letter(), b.adoptedItemId(), b.conditions(),
									b.adoptedAt(), b.adoptedBy()),
					sheet.items()
						.stream()
						.map(i -> new ItemJson(i.itemId(), i.meetingId(), i.caseNumber(), i.title(), i.bodyName(),
								i.meetingDate()))
						.toList(),
					sheet.revisions()
						.stream()
						.map(r -> new RevisionJson(r.reason(), r.changes(), r.revisedBy(), r.revisedAt()))
						.toList(),
					b.version());
		}
	}

	record BudgetRequest(@NotNull Integer year, @Size(max = 200) String title) {
	}

	record LineRequest(@NotNull LineKind kind, @NotNull Direction direction, @NotNull @Size(max = 200) String name,
			BigDecimal amount, Integer version, @Size(max = 2000) String revisionReason) {
	}

	record AlternativeRequest(@Size(max = 3) String letter, @NotNull BigDecimal collaborationFunds,
			@Size(max = 500) String note, Integer version, @Size(max = 2000) String revisionReason) {
	}

	record AgendaRequest(UUID meetingId, UUID itemId) {
	}

	record AdoptionRequest(@NotNull UUID alternativeId, @NotNull UUID itemId, @Size(max = 2000) String conditions) {
	}

	record InvoiceRequest(LocalDate invoicedOn, LocalDate paidOn, Integer version) {
	}

	record ActualRequest(BigDecimal actual) {
	}

	private final Budgets budgets;

	BudgetApi(Budgets budgets) {
		this.budgets = budgets;
	}

	@Operation(summary = "Budgets the caller may read (members and observers: adopted budgets only)")
	@GetMapping
	List<SummaryJson> list() {
		return budgets.list().stream().map(b -> {
			BudgetSheet sheet = budgets.sheet(b.id());
			Alternative adopted = sheet.adopted();
			return new SummaryJson(b.id(), b.year(), b.title(), b.adopted(), adopted == null ? null : adopted.letter(),
					adopted == null ? null : adopted.collaborationFunds(), b.version());
		}).toList();
	}

	@Operation(summary = "One budget: lines, alternatives with computed figures and shares, partners, adoption, "
			+ "revisions; the ETag is its version")
	@GetMapping("/{id}")
	ResponseEntity<BudgetJson> get(@PathVariable UUID id) {
		BudgetSheet sheet = budgets.sheet(id);
		return ResponseEntity.ok().eTag(EntityTags.of(sheet.budget().version())).body(BudgetJson.of(sheet));
	}

	@Operation(summary = "Creates the budget of a year, with the usual lines and the year's partners")
	@PostMapping
	ResponseEntity<BudgetJson> create(@Valid @RequestBody BudgetRequest request) {
		UUID id = budgets.create(request.year(), request.title());
		return created(id);
	}

	@Operation(summary = "Adds a line (an adopted budget needs revisionReason)")
	@PostMapping("/{id}/lines")
	ResponseEntity<BudgetJson> addLine(@PathVariable UUID id, @Valid @RequestBody LineRequest request) {
		budgets.budget(id);
		budgets.addLine(id, request.kind(), request.direction(), request.name(), request.amount(),
				request.revisionReason());
		return ok(id);
	}

	@Operation(summary = "Changes a line; If-Match carries the line's version")
	@PutMapping("/{id}/lines/{lineId}")
	ResponseEntity<BudgetJson> updateLine(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @RequestBody LineRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		requireOf(id, budgets.line(lineId).budgetId(), lineId);
		budgets.updateLine(lineId, request.kind(), request.direction(), request.name(), request.amount(),
				EntityTags.expected(ifMatch, request.version()), request.revisionReason());
		return ok(id);
	}

	@Operation(summary = "Adds an alternative (a letter not yet used, and its collaboration funds)")
	@PostMapping("/{id}/alternatives")
	ResponseEntity<BudgetJson> addAlternative(@PathVariable UUID id, @Valid @RequestBody AlternativeRequest request) {
		budgets.budget(id);
		budgets.addAlternative(id, request.letter(), request.collaborationFunds(), request.note(),
				request.revisionReason());
		return ok(id);
	}

	@Operation(summary = "Changes an alternative's collaboration funds; If-Match carries its version")
	@PutMapping("/{id}/alternatives/{alternativeId}")
	ResponseEntity<BudgetJson> updateAlternative(@PathVariable UUID id, @PathVariable UUID alternativeId,
			@Valid @RequestBody AlternativeRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		requireOf(id, budgets.alternative(alternativeId).budgetId(), alternativeId);
		budgets.updateAlternative(alternativeId, request.collaborationFunds(), request.note(),
				EntityTags.expected(ifMatch, request.version()), request.revisionReason());
		return ok(id);
	}

	@Operation(summary = "Puts the budget on an agenda: as a new item of a coming meeting (meetingId), "
			+ "or as the basis of an item already there (itemId)")
	@PostMapping("/{id}/agenda")
	ResponseEntity<BudgetJson> putOnAgenda(@PathVariable UUID id, @RequestBody AgendaRequest request) {
		budgets.budget(id);
		budgets.putOnAgenda(id, request.meetingId(), request.itemId());
		return ok(id);
	}

	@Operation(summary = "Records the adoption: the chosen alternative, the item whose vedtak chose it, and its "
			+ "conditions; the budget is locked from then on")
	@PostMapping("/{id}/adoption")
	ResponseEntity<BudgetJson> adopt(@PathVariable UUID id, @Valid @RequestBody AdoptionRequest request) {
		budgets.budget(id);
		budgets.adopt(id, request.alternativeId(), request.itemId(), request.conditions());
		return ok(id);
	}

	@Operation(summary = "Invoice dates of a partner; If-Match carries the partner row's version")
	@PutMapping("/{id}/invoices/{partnerId}")
	ResponseEntity<BudgetJson> invoice(@PathVariable UUID id, @PathVariable UUID partnerId,
			@RequestBody InvoiceRequest request, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
		requireOf(id, budgets.partnerRow(partnerId).budgetId(), partnerId);
		budgets.recordInvoice(partnerId, request.invoicedOn(), request.paidOn(),
				EntityTags.expected(ifMatch, request.version()));
		return ok(id);
	}

	@Operation(summary = "What a line came to (actuals)")
	@PutMapping("/{id}/actuals/{lineId}")
	ResponseEntity<BudgetJson> actual(@PathVariable UUID id, @PathVariable UUID lineId,
			@RequestBody ActualRequest request) {
		requireOf(id, budgets.line(lineId).budgetId(), lineId);
		budgets.recordActual(lineId, request.actual());
		return ok(id);
	}

	private static void requireOf(UUID budgetId, UUID owner, UUID id) {
		if (!owner.equals(budgetId)) {
			throw new NotFoundException("budget-part", id);
		}
	}

	private ResponseEntity<BudgetJson> ok(UUID id) {
		BudgetSheet sheet = budgets.sheet(id);
		return ResponseEntity.ok().eTag(EntityTags.of(sheet.budget().version())).body(BudgetJson.of(sheet));
	}

	private ResponseEntity<BudgetJson> created(UUID id) {
		BudgetSheet sheet = budgets.sheet(id);
		return ResponseEntity.created(URI.create("/api/v1/budgets/" + id))
			.eTag(EntityTags.of(sheet.budget().version()))
			.body(BudgetJson.of(sheet));
	}

}
