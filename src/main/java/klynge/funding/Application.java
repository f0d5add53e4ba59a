package klynge.funding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An application to a call. The review reads {@link #organisationIds()} (lead and
 * partners) and {@link #persons()} to find conflicts of interest.
 */
public record Application(UUID id, UUID callId, UUID applicantId, UUID accountId, ApplicationContent content,
		List<NamedPerson> persons, ApplicationStatus status, Instant submittedAt, Instant updatedAt, int version) {

	public Application {
		persons = persons == null ? List.of() : List.copyOf(persons);
	}

	public Set<UUID> organisationIds() {
		return content.organisationIds();
	}

}
