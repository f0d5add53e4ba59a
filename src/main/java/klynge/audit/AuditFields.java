package klynge.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of one logged row side by side: the value before and after the write, and
 * whether it changed. Only an update changes fields; an insert has no "before" and a
 * delete no "after".
 */
final class AuditFields {

	/**
	 * Always changes on an update, so it says nothing to a reader of the short summary.
	 */
	private static final String VERSION = "version";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditFields() {
	}

	/**
	 * One field of the row. Values are shown as text; a missing or SQL null value is
	 * null.
	 */
	record Field(String name, String before, String after, boolean changed) {
	}

	static List<Field> of(String beforeJson, String afterJson) {
		JsonNode before = parse(beforeJson);
		JsonNode after = parse(afterJson);
		Set<String> names = new LinkedHashSet<>();
		if (before != null) {
			names.addAll(before.propertyNames());
		}
		if (after != null) {
			names.addAll(after.propertyNames());
		}
		List<Field> fields = new ArrayList<>(names.size());
		for (String name : names) {
			JsonNode old = before == null ? null : before.get(name);
			JsonNode now = after == null ? null : after.get(name);
			boolean changed = before != null && after != null && !Objects.equals(normal(old), normal(now));
			fields.add(new Field(name, text(old), text(now), changed));
		}
		return fields;
	}

	/** The names of the fields an update changed, without the version counter. */
	static List<String> changedNames(String beforeJson, String afterJson) {
		return of(beforeJson, afterJson).stream()
			.filter(Field::changed)
			.map(Field::name)
			.filter(name -> !VERSION.equals(name))
			.toList();
	}

	/** The row as a JSON tree (for the API), or null. */
	static JsonNode tree(String json) {
		return parse(json);
	}

	private static JsonNode parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		JsonNode node = JSON.readTree(json);
		return node == null || node.isNull() ? null : node;
	}

	private static JsonNode normal(JsonNode node) {
		return node == null || node.isNull() ? null : node;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

}
