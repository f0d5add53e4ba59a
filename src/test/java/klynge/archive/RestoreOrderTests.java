package klynge.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** The order a restore inserts in, and the canonical JSON an export is written in. */
class RestoreOrderTests {

	@Test
	void putsEveryTableAfterTheTablesItReferencesAndTiesByName() {
		Map<String, Set<String>> dependsOn = new TreeMap<>();
		dependsOn.put("agenda_item", Set.of("meeting", "body", "person", "agenda_item"));
		dependsOn.put("meeting", Set.of("body", "person"));
		dependsOn.put("body", Set.of("cluster"));
		dependsOn.put("person", Set.of());
		dependsOn.put("audit_log", Set.of());
		dependsOn.put("minutes", Set.of("meeting", "agenda_item"));

		assertThat(RestoreOrder.topological(dependsOn)).containsExactly("audit_log", "body", "person", "meeting",
				"agenda_item", "minutes");
	}

	@Test
	void refusesACycleOfTablesAndNamesIt() {
		assertThatThrownBy(() -> RestoreOrder.topological(Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("[a, b]");
	}

	record Item(String id, String parent) {
	}

	@Test
	void insertsReferencedRowsBeforeTheRowsReferencingThem() {
		// Exported in primary key order, a sub-item may come before its parent.
		List<Item> rows = List.of(new Item("1", "3"), new Item("2", null), new Item("3", "2"), new Item("4", null));

		List<Item> ordered = RestoreOrder.rows(rows, item -> List.of(item.id()), item -> Arrays.asList(item.parent()));

		assertThat(ordered).extracting(Item::id).containsExactly("2", "3", "1", "4");
	}

	@Test
	void refusesRowsThatReferenceEachOtherInACycle() {
		List<Item> rows = List.of(new Item("1", "2"), new Item("2", "1"));
		assertThatThrownBy(() -> RestoreOrder.rows(rows, item -> List.of(item.id()), item -> List.of(item.parent())))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void parentsFirstUsesTheSelfReferencingForeignKeysOfATable() {
		Schema.Table organisation = new Schema.Table("organisation",
				List.of(new Schema.Column("cluster_id", "uuid", false), new Schema.Column("id", "uuid", false),
						new Schema.Column("parent_id", "uuid", false)),
				List.of("id"), List.of(new Schema.ForeignKey("organisation", List.of("cluster_id", "parent_id"),
						List.of("cluster_id", "id"))));
		Map<String, String> child = row("a", "b");
		Map<String, String> parent = row("b", null);

		List<Object> ordered = List.copyOf(ClusterRestore.parentsFirst(organisation, List.of(child, parent)));
		assertThat(ordered).containsExactly(parent, child);
	}

	private static Map<String, String> row(String id, String parent) {
		Map<String, String> row = new TreeMap<>();
		row.put("cluster_id", "c");
		row.put("id", id);
		row.put("parent_id", parent);
		return row;
	}

	@Test
	void canonicalJsonSortsKeysAndKeepsNumbersAsWritten() {
		Object value = CanonicalJson.parse("{\"b\": [1.50, 2e3, null, true], \"a\": {\"z\": \"æ\\\"ø\", \"y\": -0.0}}");

		assertThat(write(value)).isEqualTo("{\"a\":{\"y\":-0.0,\"z\":\"æ\\\"ø\"},\"b\":[1.50,2e3,null,true]}");
		assertThat(write(CanonicalJson.parse(write(value)))).isEqualTo(write(value));
	}

	@Test
	void canonicalJsonRefusesTrailingValues() {
		assertThatThrownBy(() -> CanonicalJson.parse("{} {}")).isInstanceOf(IllegalArgumentException.class);
	}

	private static String write(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator json = CanonicalJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
			CanonicalJson.write(json, value);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
