package klynge.organisation;

import java.util.UUID;

/**
 * One person with contact details and version. E-mail and phone are for staff and the
 * person; others read them only where the person chose to show them ({@code showEmail},
 * {@code showPhone}), else they are null ({@link People#shown}).
 */
public record PersonDetails(UUID id, String code, String name, String title, String email, String phone,
		UUID organisationId, String organisationName, int version, boolean showEmail, boolean showPhone) {

	/** The same person with the contact details the viewer may not read left out. */
	PersonDetails withContactFor(boolean staffOrSelf) {
		if (staffOrSelf) {
			return this;
		}
		return new PersonDetails(id, code, name, title, showEmail ? email : null, showPhone ? phone : null,
				organisationId, organisationName, version, showEmail, showPhone);
	}
}
