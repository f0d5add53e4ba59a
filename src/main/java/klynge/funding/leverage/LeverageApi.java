package klynge.funding.leverage;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.funding.leverage.LeverageArithmetic.Figures;
import klynge.shared.EntityTags;
import klynge.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leverage as JSON, under the same rules as the pages ({@link Leverage}): the summary
 * per seed year and fund, the public summary (404 while switched off), its switch, and a
 * project's follow-on funding. Bad input is a problem naming the field, nothing saved.
 */
@Tag(name = "Funding leverage")
@RestController
class LeverageApi {

	record FiguresJson(BigDecimal seed, int projects, BigDecimal applied, BigDecimal granted, String ratio) {

		static FiguresJson of(Figures f) {
			return new FiguresJson(f.seed(), f.projects(), f.applied(), f.granted(), f.ratio());
		}
	}

	record ProjectJson(UUID awardId, String title, BigDecimal seed, BigDecimal applied, BigDecimal granted) {
	}

	record FundJson(UUID fundId, String fund, FiguresJson figures, List<ProjectJson> projects) {
	}

	record YearJson(int year, FiguresJson figures, List<FundJson> funds) {
	}

	record SummaryJson(List<YearJson> years, FiguresJson total, boolean publicSummary) {
	}

	record PublicYearJson(int year, BigDecimal seed, int projects, BigDecimal granted, String ratio,
			List<Leverage.PublicGrant> grants) {
	}

	record SettingsJson(Boolean publicSummary) {
	}

	record FollowOnJson(UUID id, UUID awardId, String funder, String title, String reference, BigDecimal amount,
			FollowOnStatus status, int appliedYear, Integer grantedYear, String note, Instant recordedAt, int version) {

		static FollowOnJson of(FollowOn f) {
			return new FollowOnJson(f.id(), f.awardId(), f.funder(), f.title(), f.reference(), f.amount(), f.status(),
					f.appliedYear(), f.grantedYear(), f.note(), f.recordedAt(), f.version());
		}
	}

	record FollowOnRequest(String funder, String title, String reference, BigDecimal amount, String status,
			Integer appliedYear, Integer grantedYear, String note, Integer version) {

		FollowOnInput input() {
			return new FollowOnInput(funder, title, reference, amount == null ? null : amount.toPlainString(), status,
					appliedYear == null ? null : appliedYear.toString(),
					grantedYear == null ? null : grantedYear.toString(), note);
		}
	}

	private final Leverage leverage;

	LeverageApi(Leverage leverage) {
		this.leverage = leverage;
	}

	@Operation(summary = "Seed money, follow-on money applied and granted, and the ratio, per seed year and fund "
			+ "(staff and the funding bodies)")
	@GetMapping("/api/v1/leverage")
	SummaryJson summary(@RequestParam(required = false) String year, @RequestParam(required = false) String fund) {
		Leverage.Dashboard dashboard = leverage.dashboard(LeverageController.parseYear(year),
				LeverageController.parseFund(fund));
		List<YearJson> years = dashboard.summary()
			.years()
			.stream()
			.map(y -> new YearJson(y.year(), FiguresJson.of(y.figures()),
					y.funds()
						.stream()
						.map(f -> new FundJson(f.fundId(), f.fund(), FiguresJson.of(f.figures()),
								f.projects()
									.stream()
									.map(p -> new ProjectJson(p.project().awardId(), p.project().title(),
											p.project().seed(), p.applied(), p.granted()))
									.toList()))
						.toList()))
			.toList();
		return new SummaryJson(years, FiguresJson.of(dashboard.summary().total()), dashboard.publicSummary());
	}

	@Operation(summary = "The public summary per seed year (anonymous; 404 while the cluster has it switched off)")
	@GetMapping("/api/v1/leverage/public")
	List<PublicYearJson> publicSummary() {
		return leverage.publicSummary()
			.stream()
			.map(y -> new PublicYearJson(y.year(), y.figures().seed(), y.figures().projects(), y.figures().granted(),
					y.figures().ratio(), y.grants()))
			.toList();
	}

	@Operation(summary = "Switches the public summary on or off (staff)")
	@PutMapping("/api/v1/leverage/settings")
	SettingsJson settings(@RequestBody SettingsJson settings) {
		if (settings == null || settings.publicSummary() == null) {
			throw new RuleViolation("publicSummary", "leverage.rule.publicSummary");
		}
		leverage.makePublic(settings.publicSummary());
		return new SettingsJson(leverage.isPublic());
	}

	@Operation(summary = "A project's follow-on funding (staff, the funding bodies, the project's applicant)")
	@GetMapping("/api/v1/projects/{awardId}/follow-on")
	List<FollowOnJson> list(@PathVariable UUID awardId) {
		return leverage.followOns(awardId).stream().map(FollowOnJson::of).toList();
	}

	@Operation(summary = "Records follow-on funding for a project (staff and the project's applicant)")
	@PostMapping("/api/v1/projects/{awardId}/follow-on")
	ResponseEntity<FollowOnJson> create(@PathVariable UUID awardId, @RequestBody FollowOnRequest request) {
		FollowOn saved = leverage.add(awardId, request.input());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + awardId + "/follow-on/" + saved.id()))
			.eTag(EntityTags.of(saved.version()))
			.body(FollowOnJson.of(saved));
	}

	@Operation(summary = "Changes follow-on funding (If-Match or version; staff and the project's applicant)")
	@PutMapping("/api/v1/projects/{awardId}/follow-on/{followOnId}")
	ResponseEntity<FollowOnJson> update(@PathVariable UUID awardId, @PathVariable UUID followOnId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FollowOnRequest request) {
		leverage.requireEditor(awardId); // who may, before what they sent
		int version = EntityTags.expected(ifMatch, request.version());
		FollowOn saved = leverage.update(awardId, followOnId, version, request.input());
		return ResponseEntity.ok().eTag(EntityTags.of(saved.version())).body(FollowOnJson.of(saved));
	}

	@Operation(summary = "Deletes follow-on funding recorded by mistake (staff)")
	@DeleteMapping("/api/v1/projects/{awardId}/follow-on/{followOnId}")
	ResponseEntity<Void> delete(@PathVariable UUID awardId, @PathVariable UUID followOnId) {
		leverage.delete(awardId, followOnId);
		return ResponseEntity.noContent().build();
	}

}
