package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the importer on real public minutes of other Norwegian bodies
 * (src/test/resources/import-corpus: each {@code <n>.txt} with its source address and
 * hand-made ground truth in {@code <n>.json}), field by field, as precision and recall,
 * and prints the table ({@code bench/import-accuracy} shows it). The target (issue 12) is
 * 95 % on every field; {@link #FLOOR} holds what the importer reaches today so that it
 * can only go up. "substitutes" (who came for whom) is optional in the truth and scored
 * only on the documents that give it.
 */
class ImportCorpusTests {

	static final String DIRECTORY = "/import-corpus/";

	/** The target of issue 12: every field at 95 % precision and recall at least. */
	static final double TARGET = 0.95;

	/** Recall each field has reached (and must keep); raise it as the importer learns. */
	static final Map<String, Double> FLOOR = Map.of("date", 1.0, "time", 1.0, "place", 0.96, "body", 0.96,
			"item numbers", 0.99, "item titles", 0.98, "decisions", 0.98, "present", 0.97, "absent", 0.96,
			"substitutes", 1.0);

	/**
	 * Precision each field keeps: what the importer finds is mostly right even where it
	 * misses much (0.8, lower where the corpus of other bodies' minutes measures less
	 * today; raise it as the importer learns).
	 */
	static final Map<String, Double> PRECISION_FLOOR = Map.of("date", 0.99, "time", 0.99, "place", 0.99, "body", 0.99,
			"item numbers", 0.99, "item titles", 0.98, "decisions", 0.99, "present", 0.99, "absent", 0.99,
			"substitutes", 0.99);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[./]\\d+)*");

	/**
	 * A deputy for part of the meeting leaves the member present: the deputy's own row
	 * says "vara for Per Dal, i sak 4/24".
	 */
	private static final Pattern PART_DEPUTY = Pattern.compile("vara for ([^,;]+)");

	private static final Pattern ROMAN = Pattern.compile("([IVX]{1,4})\\.?");

	/** Counts of one field over the corpus. */
	static final class Score {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		double precision() {
			int found = truePositives + falsePositives;
			return found == 0 ? 1.0 : (double) truePositives / found;
		}

		double recall() {
			int expected = truePositives + falseNegatives;
			return expected == 0 ? 1.0 : (double) truePositives / expected;
		}

		void single(String expected, String found) {
			if (expected != null && found != null && expected.equals(found)) {
				truePositives++;
				return;
			}
			if (found != null) {
				falsePositives++;
			}
			if (expected != null) {
				falseNegatives++;
			}
		}

		void sets(Set<String> expected, Set<String> found) {
			for (String value : found) {
				if (expected.contains(value)) {
					truePositives++;
				}
				else {
					falsePositives++;
				}
			}
			for (String value : expected) {
				if (!found.contains(value)) {
					falseNegatives++;
				}
			}
		}

	}

	@Test
	void scoresTheImporterOnRealMinutes() {
		Map<String, Score> scores = score(documents());
		System.out.println(table(scores, documents().size()));
		scores.forEach((field, score) -> {
			assertThat(score.recall()).as("recall of %s (target %.0f %%)", field, TARGET * 100)
				.isGreaterThanOrEqualTo(Math.max(TARGET, FLOOR.get(field)));
			assertThat(score.precision()).as("precision of %s (target %.0f %%)", field, TARGET * 100)
				.isGreaterThanOrEqualTo(Math.max(TARGET, PRECISION_FLOOR.get(field)));
		});
	}

	@Test
	void everyDocumentOfTheCorpusComesIn() {
		for (String name : documents()) {
			ImportedMinutes read = MinutesReader.read(name + ".txt", bytes(name + ".txt"));
			assertThat(read.items()).as(name).isNotEmpty();
		}
	}

	/** Every {@code <n>.txt} of the corpus, in numeric order (numbers may have gaps). */
	static List<String> documents() {
		try (var files = Files.list(Path.of(ImportCorpusTests.class.getResource(DIRECTORY).toURI()))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("\\d+\\.txt"))
				.map(name -> name.substring(0, name.length() - 4))
				.sorted(Comparator.comparingInt(Integer::parseInt))
				.toList();
		}
		catch (IOException | URISyntaxException ex) {
			throw new IllegalStateException("cannot list the corpus", ex);
		}
	}

	static Map<String, Score> score(List<String> names) {
		Map<String, Score> scores = new LinkedHashMap<>();
		for (String field : List.of("date", "time", "place", "body", "item numbers", "item titles", "decisions",
				"present", "absent", "substitutes")) {
			scores.put(field, new Score());
		}
		for (String name : names) {
			JsonNode truth = JSON.readTree(bytes(name + ".json"));
			ImportedMinutes read = MinutesReader.read(name + ".txt", bytes(name + ".txt"));
			scores.get("date").single(text(truth, "date"), read.date() == null ? null : read.date().toString());
			scores.get("time")
				.single(text(truth, "startsAt"), read.startsAt() == null ? null : read.startsAt().toString());
			scores.get("place").single(normal(text(truth, "place")), normal(read.place()));
			scores.get("body").single(normal(text(truth, "body")), normal(read.bodyName()));
			Set<String> numbers = new LinkedHashSet<>();
			Set<String> titles = new LinkedHashSet<>();
			Set<String> decisions = new LinkedHashSet<>();
			for (JsonNode item : truth.get("items")) {
				String number = text(item, "number");
				if (number != null) {
					numbers.add(number(number));
				}
				titles.add(normal(text(item, "title")));
				if (text(item, "decision") != null) {
					decisions.add(normal(text(item, "decision")));
				}
			}
			Set<String> foundNumbers = new LinkedHashSet<>();
			Set<String> foundTitles = new LinkedHashSet<>();
			Set<String> foundDecisions = new LinkedHashSet<>();
			for (ImportedItem item : read.items()) {
				String number = number(item.label());
				if (number != null) {
					foundNumbers.add(number);
				}
				if (!item.title().equals(ParsedMinutes.WHOLE_DOCUMENT)) {
					foundTitles.add(normal(item.title()));
				}
				if (item.decision() != null) {
					foundDecisions.add(normal(item.decision()));
				}
			}
			if (Boolean.getBoolean("corpus.verbose")) {
				System.out.printf(
						"%s: date %s time %s place %s body %s%n  numbers %s%n  titles %s%n  decisions %s%n  present %s%n  absent %s%n  uncertain %s%n",
						name, read.date(), read.startsAt(), read.place(), read.bodyName(), foundNumbers, foundTitles,
						foundDecisions, attendees(read, false), attendees(read, true), read.uncertain());
			}
			scores.get("item numbers").sets(numbers, foundNumbers);
			scores.get("item titles").sets(titles, foundTitles);
			scores.get("decisions").sets(decisions, foundDecisions);
			scores.get("present").sets(names(truth, "present"), attendees(read, false));
			scores.get("absent").sets(names(truth, "absent"), attendees(read, true));
			if (truth.has("substitutes")) {
				scores.get("substitutes").sets(substitutes(truth), substitutes(read));
			}
		}
		return scores;
	}

	static String table(Map<String, Score> scores, int documents) {
		StringBuilder table = new StringBuilder();
		table
			.append(String.format("import corpus: %d documents (target %.0f %% per field)%n", documents, TARGET * 100));
		table
			.append("| field | precision | recall | found right | found wrong | missed |\n|---|---|---|---|---|---|\n");
		scores.forEach((field,
				score) -> table.append(String.format(Locale.ROOT, "| %s | %.0f %% | %.0f %% | %d | %d | %d |%n", field,
						score.precision() * 100, score.recall() * 100, score.truePositives, score.falsePositives,
						score.falseNegatives)));
		return table.toString();
	}

	/**
	 * Who took part, or who did not: a member whose deputy came ("vara") is absent, and
	 * the deputy present.
	 */
	private static Set<String> attendees(ImportedMinutes read, boolean absent) {
		Set<String> names = new LinkedHashSet<>();
		for (ImportedAttendee row : read.attendees()) {
			if (row.status().attended() != absent) {
				names.add(normal(row.name()));
			}
			if (!absent && row.status() == AttendanceStatus.DEPUTY && row.deputyName() != null) {
				names.add(normal(row.deputyName()));
			}
		}
		if (!absent) {
			read.deputies().forEach(deputy -> names.add(normal(deputy.name())));
			if (read.chair() != null) {
				names.add(normal(read.chair().name()));
			}
		}
		return names;
	}

	/**
	 * "Kjetil L. Høydal for K. Brænne", from a document's optional "substitutes" truth.
	 */
	private static Set<String> substitutes(JsonNode truth) {
		Set<String> pairs = new LinkedHashSet<>();
		truth.get("substitutes")
			.forEach(pair -> pairs.add(normal(text(pair, "name")) + " for " + normal(text(pair, "for"))));
		return pairs;
	}

	private static Set<String> substitutes(ImportedMinutes read) {
		Set<String> pairs = new LinkedHashSet<>();
		for (ImportedAttendee row : read.attendees()) {
			if (row.status() == AttendanceStatus.DEPUTY && row.deputyName() != null) {
				pairs.add(normal(row.deputyName()) + " for " + normal(row.name()));
			}
			Matcher part = PART_DEPUTY.matcher(row.seat() == null ? "" : row.seat());
			if (row.status() == AttendanceStatus.PRESENT && part.find()) {
				pairs.add(normal(row.name()) + " for " + normal(part.group(1)));
			}
		}
		if (read.chair() != null && read.chair().standsInFor() != null) {
			pairs.add(normal(read.chair().name()) + " for " + normal(read.chair().standsInFor()));
		}
		return pairs;
	}

	private static Set<String> names(JsonNode truth, String field) {
		Set<String> names = new LinkedHashSet<>();
		truth.get(field).forEach(name -> names.add(normal(name.asString())));
		return names;
	}

	/**
	 * "Sak 53/16" and "53/16" alike; "S 7.1/07" → "7.1/07"; a Roman number as itself
	 * ("II." → "II": without digits it would never match).
	 */
	static String number(String label) {
		if (label == null) {
			return null;
		}
		Matcher roman = ROMAN.matcher(label.strip());
		if (roman.matches()) {
			return roman.group(1);
		}
		Matcher number = NUMBER.matcher(label);
		return number.find() ? number.group() : null;
	}

	static String normal(String text) {
		return text == null ? null
				: text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.,;:]+$", "").strip();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static byte[] bytes(String name) {
		try (InputStream in = ImportCorpusTests.class.getResourceAsStream(DIRECTORY + name)) {
			if (in == null) {
				throw new IllegalStateException("missing corpus file " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
