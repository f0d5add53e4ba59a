package klynge.security;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who to invite: e-mail, username, optionally the person in the registry, the account
 * roles and the language of the mails (empty: the cluster's). Username and e-mail are
 * trimmed and the username lower-cased before they are validated, as login does.
 */
public record InviteForm(@NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]*") String username, UUID personId,
		Boolean administrator, Boolean secretariat, @Pattern(regexp = "nb|nn|en|") String language) {

	public InviteForm {
		email = email == null ? null : email.trim();
		username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
		language = language == null ? "" : language.trim();
	}

	static InviteForm empty() {
		return new InviteForm("", "", null, false, false, "");
	}

	public boolean isAdministrator() {
		return Boolean.TRUE.equals(administrator);
	}

	public boolean isSecretariat() {
		return Boolean.TRUE.equals(secretariat);
	}
}
