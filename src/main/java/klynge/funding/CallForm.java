package klynge.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call's frame and conditions as the form sends them: the deadline as a local time in
 * Europe/Oslo, the buy-out share in per cent.
 */
public record CallForm(@NotNull UUID fundId, @NotBlank @Size(max = 300) String title, @NotNull UUID committeeBodyId,
		UUID decidingBodyId, LocalDateTime deadline,
		@DecimalMin("0.01") @DecimalMax("999999999999") BigDecimal maxPerApplication, Boolean municipalPartnerRequired,
		@DecimalMin("0") @DecimalMax("999999999999") BigDecimal buyoutMaxAmount,
		@DecimalMin("0") @DecimalMax("100") BigDecimal buyoutMaxPercent, List<UUID> eligibleOrganisationIds,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate progressReportDue,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finalReportDue, Integer version) {

	public CallForm {
		title = title == null ? null : title.strip();
		eligibleOrganisationIds = eligibleOrganisationIds == null ? List.of()
				: eligibleOrganisationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	static CallForm empty() {
		return new CallForm(null, "", null, null, null, null, false, null, null, List.of(), null, null, 0);
	}

	/** The call's form with its own report due dates (null: the defaults). */
	static CallForm of(FundingCall call, LocalDate progressReportDue, LocalDate finalReportDue) {
		CallConditions c = call.conditions();
		return new CallForm(call.fundId(), call.title(), call.committeeBodyId(), call.decidingBodyId(),
				c.deadline() == null ? null : c.deadline().atZone(FundingClock.OSLO).toLocalDateTime(),
				c.maxPerApplication(), c.municipalPartnerRequired(), c.buyoutMaxAmount(),
				c.buyoutMaxShare() == null ? null : c.buyoutMaxShare().movePointRight(2).stripTrailingZeros(),
				List.copyOf(c.eligibleOrganisationIds()), progressReportDue, finalReportDue, call.version());
	}

	java.time.Instant deadlineInstant() {
		return deadline == null ? null : ZonedDateTime.of(deadline, FundingClock.OSLO).toInstant();
	}

	BigDecimal buyoutMaxShare() {
		return buyoutMaxPercent == null ? null : buyoutMaxPercent.movePointLeft(2);
	}

	boolean municipal() {
		return Boolean.TRUE.equals(municipalPartnerRequired);
	}

}
