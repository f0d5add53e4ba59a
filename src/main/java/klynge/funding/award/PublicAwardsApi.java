package klynge.funding.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public list of awards as JSON: the same public data as the page, nothing more. */
@Tag(name = "Awards (public)")
@RestController
class PublicAwardsApi {

	record AwardJson(UUID id, int year, String fund, String call, String title, String leadOrganisation,
			List<String> partnerOrganisations, BigDecimal amount, String summary) {
	}

	private final PublicAwards awards;

	PublicAwardsApi(PublicAwards awards) {
		this.awards = awards;
	}

	@Operation(summary = "Awarded projects of decided calls, for a year (a named fund counts in every year of its "
			+ "period) or all years; organisations only, no persons")
	@GetMapping("/api/v1/awards")
	List<AwardJson> awards(@RequestParam(required = false) String year) {
		Integer value = year == null || year.isBlank() ? null : PublicAwardsController.parse(year.strip());
		return awards.of(value)
			.stream()
			.map(a -> new AwardJson(a.id(), a.year(), a.fundName(), a.callTitle(), a.title(), a.leadOrganisation(),
					a.partners(), a.amount(), a.summary()))
			.toList();
	}

}
