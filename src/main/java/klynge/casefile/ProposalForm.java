package klynge.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Meld sak": a member proposes a matter for a body's agenda. */
public record ProposalForm(@NotBlank @Size(max = 500) String title, @Size(max = 4000) String description) {

	static ProposalForm empty() {
		return new ProposalForm("", "");
	}
}
