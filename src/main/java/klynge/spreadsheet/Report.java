package klynge.spreadsheet;

import java.util.List;

/**
 * What an import did or would do with every row: taken as new, already there
 * ("unchanged"), or refused with a message in the user's language.
 */
public record Report(List<SheetReport> sheets, boolean committed) {

	public enum Outcome {

		NEW, UNCHANGED, ERROR

	}

	public record RowReport(int number, List<String> cells, Outcome outcome, String messageKey, Object[] arguments) {

		static RowReport of(Table.Row row, Outcome outcome) {
			return new RowReport(row.number(), row.cells(), outcome, null, new Object[0]);
		}

		static RowReport error(Table.Row row, String key, Object... arguments) {
			return new RowReport(row.number(), row.cells(), Outcome.ERROR, key, arguments);
		}

	}

	public record SheetReport(ListKind kind, List<String> headers, List<RowReport> rows) {

		public long count(Outcome outcome) {
			return rows.stream().filter(r -> r.outcome() == outcome).count();
		}

	}

	public long count(Outcome outcome) {
		return sheets.stream().mapToLong(s -> s.count(outcome)).sum();
	}

	public long created() {
		return count(Outcome.NEW);
	}

	public long unchanged() {
		return count(Outcome.UNCHANGED);
	}

	public long errors() {
		return count(Outcome.ERROR);
	}

}
