package klynge.funding;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An applicant's self-registration: who, where from, the username and password. */
public record RegistrationForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]*") String username, UUID organisationId,
		String password, String repeat) {

	public RegistrationForm {
		name = name == null ? null : name.strip();
		email = email == null ? null : email.strip();
		username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
	}

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", null, "", "");
	}

}
