package klynge.organisation;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The organisation form and the API's request body. {@code version} is only needed for
 * updates.
 */
public record OrganisationForm(@NotBlank @Size(max = 200) String name, @Size(max = 40) String shortName,
		@NotNull OrganisationType type, UUID parentId, @Size(max = 200) String contactName,
		@Email @Size(max = 254) String contactEmail,
		@Size(max = 40) @Pattern(regexp = "[0-9+() .-]*") String contactPhone, Integer version) {

	static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null, null, null, null);
	}

	static OrganisationForm of(OrganisationDetails details) {
		return new OrganisationForm(details.name(), details.shortName(), details.type(), details.parentId(),
				details.contactName(), details.contactEmail(), details.contactPhone(), details.version());
	}

	OrganisationForm withVersion(Integer newVersion) {
		return new OrganisationForm(name, shortName, type, parentId, contactName, contactEmail, contactPhone,
				newVersion);
	}
}
