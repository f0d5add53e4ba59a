package klynge.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A fund as the form and the API send it. */
public record FundForm(@NotNull FundKind kind, @NotBlank @Size(max = 200) String name,
		@Min(2000) @Max(2100) Integer year, LocalDate validFrom, LocalDate validTo,
		@DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount, @Size(max = 4000) String description,
		Integer version) {

	public FundForm {
		name = name == null ? null : name.strip();
		description = description == null || description.isBlank() ? null : description.strip();
	}

	static FundForm empty() {
		return new FundForm(FundKind.COLLABORATION, "", null, null, null, null, null, 0);
	}

	static FundForm of(Fund fund) {
		return new FundForm(fund.kind(), fund.name(), fund.year(), fund.validFrom(), fund.validTo(), fund.amount(),
				fund.description(), fund.version());
	}

}
