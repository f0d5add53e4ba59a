package klynge.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** E-mail address or username of the account whose password was forgotten. */
public record ForgottenForm(@NotBlank @Size(max = 254) String identifier) {

	static ForgottenForm empty() {
		return new ForgottenForm("");
	}
}
