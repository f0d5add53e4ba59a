package klynge.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The people an account can be linked to. Implemented by the registry module, which
 * depends on this one, so security never reaches into the registry's tables.
 */
public interface PeopleRegistry {

	record Person(UUID id, String name, String code) {
	}

	Optional<Person> person(UUID clusterId, UUID personId);

	List<Person> people(UUID clusterId);

	/**
	 * The people of the cluster whose registry e-mail address is this one (single sign-on
	 * matches on it).
	 */
	List<UUID> withEmail(UUID clusterId, String email);

}
