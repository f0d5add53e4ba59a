package klynge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A table belongs to the module whose migration creates it ({@code V…__<module>_….sql});
 * only that module's SQL names it. Other modules read what the owner publishes: a view
 * ({@code meeting_item_v}, {@code meeting_v}, {@code person_v}, {@code membership_v}) or
 * its Java API. So who may see an exempt item stays meeting's rule, and meeting can
 * change its tables.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/klynge");

	/**
	 * The tenant root every row names; reading a cluster by slug at login is no one's
	 * secret.
	 */
	private static final Set<String> SHARED_TABLES = Set.of("cluster");

	/**
	 * Export and restore copy every table of a cluster by design, from the database's own
	 * catalogue.
	 */
	private static final Set<String> EVERY_TABLE_MODULES = Set.of("archive");

	/**
	 * Migrations already applied before the rule (a migration cannot change once run);
	 * the function of the minutes snapshot they made is replaced by V20261130_1533.
	 */
	private static final Set<String> APPLIED_BEFORE_THE_RULE = Set.of("V20261124_1610__minutes_snapshot.sql",
			"V20261124_1960__archive_restore_skips_audit.sql", "V20261130_1300__casefile_access.sql",
			"V20261130_1301__minutes_amended_item.sql");

	/**
	 * Migrations written before their tables' module became a module of its own: their
	 * names cannot change once run, so the module that owns them now is named here.
	 */
	private static final Map<String, String> MOVED_WITH_THEIR_MODULE = Map.of(
			"V20261124_1930__document_imported_document.sql", "importing", "V20261130_1410__document_import_batch.sql",
			"importing");

	private static final Pattern MIGRATION = Pattern.compile("V[0-9_]+__([a-z]+)_.*\\.sql");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	/**
	 * A table named where SQL reads or writes it; {@code references} (a foreign key) is
	 * left out.
	 */
	private static final Pattern TABLE_USE = Pattern.compile(
			"(?i)\\b(?:from|join|update|into|truncate|table)\\s+(?:only\\s+)?(\\w+)|\\bfrom\\s+\\w+(?:\\s+\\w+)?\\s*,\\s*(\\w+)");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");

	@Test
	void sqlOutsideAModuleUsesOnlyWhatItPublishes() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("agenda_item", "meeting")
			.containsEntry("meeting", "meeting")
			.containsEntry("person", "organisation")
			.containsEntry("membership", "body")
			.containsEntry("import_batch", "importing");
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				if (EVERY_TABLE_MODULES.contains(module)) {
					continue;
				}
				for (String sql : sqlLiterals(Files.readString(file))) {
					violations.addAll(foreignUses(file, module, sql, owners));
				}
			}
		}
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				Matcher migration = MIGRATION.matcher(name);
				if (migration.matches() && !APPLIED_BEFORE_THE_RULE.contains(name)) {
					String sql = LINE_COMMENT.matcher(Files.readString(file)).replaceAll("");
					violations.addAll(foreignUses(file, moduleOf(name, migration), sql, owners));
				}
			}
		}
		assertThat(violations).as("SQL naming another module's tables (use the view or API its owner publishes)")
			.isEmpty();
	}

	@Test
	void findsAForeignTableInATextBlock() {
		String source = "class X { String sql = \"\"\"\n select i.title from agenda_item i\n join meeting m on true\"\"\"; }";
		List<String> found = new ArrayList<>();
		for (String sql : sqlLiterals(source)) {
			found.addAll(foreignUses(Path.of("followup/X.java"), "followup", sql,
					Map.of("agenda_item", "meeting", "meeting", "meeting")));
		}
		assertThat(found).containsExactly("followup/X.java: agenda_item (of meeting)",
				"followup/X.java: meeting (of meeting)");
	}

	/** Table → module, from the migrations that create the tables. */
	static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher migration = MIGRATION.matcher(file.getFileName().toString());
				if (migration.matches()) {
					Matcher table = CREATE_TABLE.matcher(Files.readString(file));
					while (table.find()) {
						owners.put(table.group(1).toLowerCase(), moduleOf(file.getFileName().toString(), migration));
					}
				}
			}
		}
		return owners;
	}

	private static String moduleOf(String migrationName, Matcher migration) {
		return MOVED_WITH_THEIR_MODULE.getOrDefault(migrationName, migration.group(1));
	}

	private static List<String> sqlLiterals(String source) {
		List<String> literals = new ArrayList<>();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		while (blocks.find()) {
			literals.add(blocks.group(1));
		}
		Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
		while (strings.find()) {
			literals.add(strings.group(1));
		}
		return literals;
	}

	private static List<String> foreignUses(Path file, String module, String sql, Map<String, String> owners) {
		List<String> uses = new ArrayList<>();
		Matcher use = TABLE_USE.matcher(sql);
		while (use.find()) {
			String table = (use.group(1) != null ? use.group(1) : use.group(2)).toLowerCase();
			String owner = owners.get(table);
			if (owner != null && !owner.equals(module) && !SHARED_TABLES.contains(table)) {
				uses.add(file + ": " + table + " (of " + owner + ")");
			}
		}
		return uses;
	}

}
