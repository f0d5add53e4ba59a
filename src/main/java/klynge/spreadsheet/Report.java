package klynge.spreadsheet;

import java.util.List;

/**
 * What an import did or would do with every row: taken as new, already there
 * ("unchanged"), or refused with a message in the user's language.
 */
record Report(List<SheetReport> sheets, boolean committed) {

	enum Outcome {

		NEW, UNCHANGED, ERROR

	}

	record RowReport(int number, List<String> cells, Outcome outcome, String messageKey, Object[] arguments) {

		static RowReport of(Table.Row row, Outcome outcome) {
			return new RowReport(row.number(), row.cells(), outcome, null, new Object[0]);
		}

		static RowReport error(Table.Row row, String key, Object... arguments) {
			return new RowReport(row.number(), row.cells(), Outcome.ERROR, key, arguments);
		}

	}

	record SheetReport(ListKind kind, List<String> headers, List<RowReport> rows) {

		long count(Outcome outcome) {
			return rows.stream().filter(r -> r.outcome() == outcome).count();
		}

	}

	long count(Outcome outcome) {
		return sheets.stream().mapToLong(s -> s.count(outcome)).sum();
	}

	long created() {
		return count(Outcome.NEW);
	}

	long unchanged() {
		return count(Outcome.UNCHANGED);
	}

	long errors() {
		return count(Outcome.ERROR);
	}

}
