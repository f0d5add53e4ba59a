package klynge.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People by the names people know them by (issue 14): the rows and the audit log keep who
 * wrote as a username, pages show that account's person ("Kristin Walter"). An account
 * without a person (an administrator, "system", an import) keeps its username.
 */
@Component
public class ActorNames {

	private final JdbcClient jdbc;

	private final PeopleRegistry people;

	private final CurrentUser currentUser;

	private final CurrentCluster cluster;

	ActorNames(JdbcClient jdbc, PeopleRegistry people, CurrentUser currentUser, CurrentCluster cluster) {
		this.jdbc = jdbc;
		this.people = people;
		this.currentUser = currentUser;
		this.cluster = cluster;
	}

	/** The logged-in person's name for the header; the username without a person. */
	public String current() {
		return currentUser.get()
			.map(user -> user.person()
				.flatMap(person -> people.person(user.clusterId(), person))
				.map(PeopleRegistry.Person::name)
				.orElse(user.username()))
			.orElse("");
	}

	/** The person's name of a username of the current cluster, else the username. */
	public String nameOf(String username) {
		if (username == null) {
			return null;
		}
		return namesOf(cluster.id(), List.of(username)).getOrDefault(username, username);
	}

	/**
	 * Names for many usernames of one cluster; usernames without a person map to
	 * themselves.
	 */
	public Map<String, String> namesOf(UUID clusterId, Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql(
				"select username, person_id from account where cluster_id = ? and username = any(?) and person_id is not null")
			.params(clusterId, usernames.stream().distinct().toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
			.list()
			.forEach(row -> people.person(clusterId, row.getValue())
				.ifPresent(person -> names.put(row.getKey(), person.name())));
		usernames.forEach(username -> names.putIfAbsent(username, username));
		return names;
	}

}
