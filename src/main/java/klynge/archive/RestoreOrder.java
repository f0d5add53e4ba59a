package klynge.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The order in which a restore inserts: tables after what they reference, parents before
 * children.
 */
final class RestoreOrder {

	private RestoreOrder() {
	}

	/**
	 * Every node after the nodes it depends on; among nodes that are ready, by name.
	 * Dependencies on nodes not in the map are ignored.
	 * @throws IllegalStateException on a cycle, naming the nodes in it
	 */
	static List<String> topological(Map<String, ? extends Set<String>> dependsOn) {
		Map<String, Set<String>> remaining = new TreeMap<>();
		dependsOn.forEach((node, dependencies) -> {
			Set<String> known = new TreeSet<>(dependencies);
			known.retainAll(dependsOn.keySet());
			known.remove(node);
			remaining.put(node, known);
		});
		List<String> order = new ArrayList<>();
		while (!remaining.isEmpty()) {
			String ready = remaining.entrySet()
				.stream()
				.filter(entry -> entry.getValue().isEmpty())
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + remaining.keySet()));
			remaining.remove(ready);
			remaining.values().forEach(dependencies -> dependencies.remove(ready));
			order.add(ready);
		}
		return order;
	}

	/**
	 * The rows of a self-referencing table with every referenced row before the rows
	 * referencing it (e.g. an agenda item before its sub-items); otherwise in their given
	 * order.
	 * @param keys the keys other rows may reference this row by
	 * @param references the keys this row references (nulls for an empty reference)
	 * @throws IllegalStateException on a cycle
	 */
	static <R> List<R> rows(List<R> rows, Function<R, List<String>> keys, Function<R, List<String>> references) {
		Map<String, R> byKey = new HashMap<>();
		rows.forEach(row -> keys.apply(row).forEach(key -> byKey.put(key, row)));
		Set<R> done = new LinkedHashSet<>();
		for (R row : rows) {
			visit(row, byKey, references, done, new LinkedHashSet<>());
		}
		return List.copyOf(done);
	}

	private static <R> void visit(R row, Map<String, R> byKey, Function<R, List<String>> references, Set<R> done,
			Set<R> path) {
		if (done.contains(row)) {
			return;
		}
		if (!path.add(row)) {
			throw new IllegalStateException("rows reference each other in a cycle: " + references.apply(row));
		}
		for (String reference : references.apply(row)) {
			R parent = reference == null ? null : byKey.get(reference);
			if (parent != null && parent != row) {
				visit(parent, byKey, references, done, path);
			}
		}
		path.remove(row);
		done.add(row);
	}

}
