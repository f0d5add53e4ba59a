package klynge.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Two versions of the minutes side by side, item by item: notes, feedback and decision.
 */
public record VersionComparison(int left, int right, List<Row> rows) {

	public record Field(String name, String left, String right) {

		public boolean changed() {
			return !Objects.equals(normalise(left), normalise(right));
		}

		private static String normalise(String text) {
			return text == null || text.isBlank() ? "" : text.strip();
		}
	}

	/**
	 * One item; {@code left} or {@code right} is null when the item is only in one
	 * version.
	 */
	public record Row(UUID itemId, String label, String title, List<Field> fields) {

		public boolean changed() {
			return fields.stream().anyMatch(Field::changed);
		}
	}

	public static VersionComparison of(MinutesVersion a, MinutesVersion b) {
		Map<UUID, SnapshotItem> left = byItem(a.items());
		Map<UUID, SnapshotItem> right = byItem(b.items());
		Map<UUID, SnapshotItem> all = new LinkedHashMap<>(left);
		right.forEach(all::putIfAbsent);
		List<Row> rows = new ArrayList<>();
		all.forEach((itemId, any) -> {
			SnapshotItem l = left.get(itemId);
			SnapshotItem r = right.get(itemId);
			SnapshotItem named = r != null ? r : l;
			rows.add(new Row(itemId, named.label(), named.title(),
					List.of(new Field("notes", l == null ? null : l.notes(), r == null ? null : r.notes()),
							new Field("feedback", feedback(l), feedback(r)),
							new Field("decision", l == null ? null : l.decision(), r == null ? null : r.decision()))));
		});
		return new VersionComparison(a.number(), b.number(), rows);
	}

	public boolean anyChange() {
		return rows.stream().anyMatch(Row::changed);
	}

	private static String feedback(SnapshotItem item) {
		if (item == null || (item.feedbackHeading() == null && item.feedback() == null)) {
			return null;
		}
		String heading = item.feedbackHeading() == null ? "" : item.feedbackHeading() + "\n";
		return heading + String.join("\n", item.feedbackLines());
	}

	private static Map<UUID, SnapshotItem> byItem(List<SnapshotItem> items) {
		Map<UUID, SnapshotItem> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(item.itemId(), item));
		return map;
	}
}
