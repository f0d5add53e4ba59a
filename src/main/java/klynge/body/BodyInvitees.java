package klynge.body;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.organisation.OrganisationDirectory;
import klynge.security.BodyMembers;
import org.springframework.stereotype.Component;

/** Lets account administration invite a body's members today, with their addresses. */
@Component
class BodyInvitees implements BodyMembers {

	private final BodyDirectory directory;

	private final OrganisationDirectory registry;

	BodyInvitees(BodyDirectory directory, OrganisationDirectory registry) {
		this.directory = directory;
		this.registry = registry;
	}

	@Override
	public List<Body> bodies(UUID clusterId) {
		return directory.bodies(clusterId).stream().map(body -> new Body(body.id(), body.name())).toList();
	}

	@Override
	public Optional<Body> body(UUID clusterId, UUID bodyId) {
		return directory.body(clusterId, bodyId).map(body -> new Body(body.id(), body.name()));
	}

	@Override
	public List<Member> membersToday(UUID clusterId, UUID bodyId) {
		if (directory.body(clusterId, bodyId).isEmpty()) {
			return List.of();
		}
		// A person with two seats (member and deputy for someone) is invited once.
		Map<UUID, Member> members = new LinkedHashMap<>();
		for (MemberRow row : directory.membersOn(clusterId, bodyId, directory.today(clusterId))) {
			members.computeIfAbsent(row.personId(),
					id -> new Member(id, row.name(), row.code(), registry.emailOf(clusterId, id).orElse(null)));
		}
		return List.copyOf(members.values());
	}

}
