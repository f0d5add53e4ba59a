package klynge.casefile;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Refer a matter to another body, with the return expected ("neste Partnermøte (oktober
 * 2023)").
 *
 * @param title the matter's title in the other body's backlog; blank = the item's title.
 * Required for a matter raised under "Eventuelt", whose item title says nothing of it.
 */
public record ReferralForm(@NotNull UUID toBodyId, @NotBlank @Size(max = 2000) String description,
		@Size(max = 200) String expectedReturn, UUID expectedMeetingId, @Size(max = 300) String title) {

	static ReferralForm empty() {
		return new ReferralForm(null, "", "", null, "");
	}
}
