package klynge.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.shared.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funds and calls as JSON. Calls are read as the pages read them (published ones by
 * anyone, drafts by the cluster's people); a step of the life cycle names the version it
 * moves ({@code If-Match} or {@code version}), else 428.
 */
@Tag(name = "Funding calls")
@RestController
class FundingApi {

	record FundJson(UUID id, FundKind kind, String name, Integer year, java.time.LocalDate validFrom,
			java.time.LocalDate validTo, BigDecimal amount, BigDecimal frame, FundFrame.Source frameSource,
			int version) {
	}

	record SectionJson(UUID id, int position, String heading, String body, int number) {
	}

	record CriterionJson(UUID id, String name, String description, int weight) {
	}

	record CallJson(UUID id, UUID fundId, String title, CallStatus status, UUID committeeBodyId, UUID decidingBodyId,
			Instant deadline, BigDecimal maxPerApplication, boolean municipalPartnerRequired,
			BigDecimal buyoutMaxAmount, BigDecimal buyoutMaxShare, Set<UUID> eligibleOrganisationIds,
			UUID adoptedItemId, Instant publishedAt, List<SectionJson> sections, List<CriterionJson> criteria,
			int version) {
	}

	record StepRequest(CallStatus status, UUID adoptedItemId, Integer version) {
	}

	private final Funds funds;

	private final Calls calls;

	FundingApi(Funds funds, Calls calls) {
		this.funds = funds;
		this.calls = calls;
	}

	@Operation(summary = "The funds of the cluster with their frame (from the adopted budget or typed)")
	@GetMapping("/api/v1/funds")
	List<FundJson> funds() {
		return funds.list().stream().map(this::json).toList();
	}

	@Operation(summary = "One fund")
	@GetMapping("/api/v1/funds/{id}")
	ResponseEntity<FundJson> fund(@PathVariable UUID id) {
		Fund fund = funds.get(id);
		return ResponseEntity.ok().eTag(EntityTags.of(fund.version())).body(json(fund));
	}

	private FundJson json(Fund fund) {
		FundFrame frame = funds.frame(fund);
		return new FundJson(fund.id(), fund.kind(), fund.name(), fund.year(), fund.validFrom(), fund.validTo(),
				fund.amount(), frame.amount(), frame.source(), fund.version());
	}

	@Operation(summary = "The calls the caller may see (anonymous: the published ones)")
	@GetMapping("/api/v1/calls")
	List<CallJson> calls() {
		return calls.list().stream().map(this::json).toList();
	}

	@Operation(summary = "One call with its text and criteria; the ETag is its version")
	@GetMapping("/api/v1/calls/{id}")
	ResponseEntity<CallJson> call(@PathVariable UUID id) {
		FundingCall call = calls.get(id);
		return ResponseEntity.ok().eTag(EntityTags.of(call.version())).body(json(call));
	}

	@Operation(summary = "Moves a call one step of its life cycle (adoption names the agenda item of the vedtak)")
	@PostMapping("/api/v1/calls/{id}/status")
	ResponseEntity<CallJson> step(@PathVariable UUID id, @RequestBody StepRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		calls.get(id);
		if (request.status() == null) {
			throw new klynge.shared.RuleViolation("status", "funding.call.rule.transition", "?", "?");
		}
		calls.moveTo(id, request.status(), request.adoptedItemId(), EntityTags.expected(ifMatch, request.version()));
		FundingCall call = calls.get(id);
		return ResponseEntity.ok().eTag(EntityTags.of(call.version())).body(json(call));
	}

	private CallJson json(FundingCall call) {
		CallConditions c = call.conditions();
		return new CallJson(call.id(), call.fundId(), call.title(), call.status(), call.committeeBodyId(),
				call.decidingBodyId(), c.deadline(), c.maxPerApplication(), c.municipalPartnerRequired(),
				c.buyoutMaxAmount(), c.buyoutMaxShare(), c.eligibleOrganisationIds(), call.adoptedItemId(),
				call.publishedAt(),
				calls.sections(call.id())
					.stream()
					.map(s -> new SectionJson(s.id(), s.position(), s.heading(), s.body(), s.number()))
					.toList(),
				calls.criteria(call.id())
					.stream()
					.map(k -> new CriterionJson(k.id(), k.name(), k.description(), k.weight()))
					.toList(),
				call.version());
	}

}
