package klynge.organisation;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds demo rows of Alrek helseklynge and makes fresh ones for the registry's
 * integration tests.
 */
record Registry(JdbcClient jdbc) {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	UUID organisation(String name) {
		return jdbc.sql("select id from organisation where cluster_id = ? and name = ?")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	UUID person(String code) {
		return jdbc.sql("select id from person where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(UUID.class)
			.single();
	}

	/** A code no other test uses: five random letters. */
	static String freshCode() {
		StringBuilder code = new StringBuilder();
		String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ";
		for (int i = 0; i < 5; i++) {
			code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return code.toString();
	}

	static String freshName(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	UUID newOrganisation(String name, UUID parent) {
		return jdbc
			.sql("insert into organisation (cluster_id, name, type, parent_id) values (?, ?, 'OTHER', ?) returning id")
			.params(ALREK, name, parent)
			.query(UUID.class)
			.single();
	}

	UUID newPerson(String name, String code) {
		return jdbc.sql("insert into person (cluster_id, name, code) values (?, ?, ?) returning id")
			.params(ALREK, name, code)
			.query(UUID.class)
			.single();
	}
}
