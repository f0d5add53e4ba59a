package klynge.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A module's part of the annual report (årsmelding): what it did in one cluster's year,
 * as text, tables and chart data in the reader's language. A port in the open module, so
 * the annual report collects every module's chapter without depending on the modules, and
 * a new module adds its chapter by implementing this as a bean.
 * <p>
 * A chapter holds only what the public may read: no exempt titles, no contact data,
 * people by name and role only.
 */
public interface YearInReview {

	/**
	 * Where the chapter stands among the others: 10 bodies and members, 20 meetings and
	 * decisions, 30 budget and anchoring, 40 funding and projects, 50 events, 60 user
	 * panel, 70 collaboration partners, 80 strategy, 90 appointments.
	 */
	int order();

	/** The chapter for the year, or empty when the module has nothing for that year. */
	Optional<Chapter> chapter(UUID clusterId, int year, Locale locale);

	/**
	 * One chapter: a stable key ("events"), its title, paragraphs of plain text, tables
	 * and charts.
	 */
	record Chapter(String key, String title, List<String> paragraphs, List<Table> tables, List<Chart> charts) {
	}

	/**
	 * A table with a caption, column headers and rows of cell texts (already formatted).
	 */
	record Table(String caption, List<String> columns, List<List<String>> rows) {
	}

	/**
	 * A bar chart: categories along one axis (bodies, events), one or more named series
	 * of whole numbers (meetings, decisions; kroner), and the unit the numbers are in.
	 */
	record Chart(String caption, String unit, List<String> categories, List<Series> series) {
	}

	/** One series of a chart, a value per category. */
	record Series(String name, List<Long> values) {
	}

}
