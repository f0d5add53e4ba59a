package klynge.organisation;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The person form and the API's request body. The code is checked by
 * {@link InitialsCode}; {@code organisationId} is where the person works from today
 * (empty: nowhere).
 */
public record PersonForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String code,
		@Email @Size(max = 254) String email, @Size(max = 40) @Pattern(regexp = "[0-9+() .-]*") String phone,
		@Size(max = 200) String title, UUID organisationId, Integer version) {

	static PersonForm empty() {
		return new PersonForm(null, null, null, null, null, null, null);
	}

	static PersonForm of(PersonDetails person) {
		return new PersonForm(person.name(), person.code(), person.email(), person.phone(), person.title(),
				person.organisationId(), person.version());
	}
}
