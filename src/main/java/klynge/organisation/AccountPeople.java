package klynge.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.security.PeopleRegistry;
import org.springframework.stereotype.Component;

/** Lets account administration link accounts to people of the registry. */
@Component
class AccountPeople implements PeopleRegistry {

	private final OrganisationDirectory directory;

	AccountPeople(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Optional<Person> person(UUID clusterId, UUID personId) {
		return directory.person(clusterId, personId).map(AccountPeople::toPerson);
	}

	@Override
	public List<Person> people(UUID clusterId) {
		return directory.people(clusterId).stream().map(AccountPeople::toPerson).toList();
	}

	@Override
	public List<UUID> withEmail(UUID clusterId, String email) {
		return directory.peopleWithEmail(clusterId, email);
	}

	private static Person toPerson(PersonRef ref) {
		return new Person(ref.id(), ref.name(), ref.code());
	}

}
