package klynge.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds mutated minutes to the reader for {@code fuzz.seconds} (system property, or the
 * KLYNGE_FUZZ_SECONDS environment variable; 10 s by default, 120 s in CI): nothing but
 * {@link ImportException} may escape, and used memory stays bounded.
 */
class ParserFuzzTests {

	/**
	 * How much the heap may grow over the whole run (the test JVM also holds other tests'
	 * contexts).
	 */
	private static final long MEMORY_GROWTH_LIMIT = 512L * 1024 * 1024;

	@Test
	void onlyImportExceptionsEscapeAndMemoryStaysBounded() {
		long seconds = seconds();
		long seed = Long.getLong("fuzz.seed", 20261124L);
		Random random = new Random(seed);
		List<byte[]> corpus = new ArrayList<>();
		SeedFormatWriterTests.files().forEach(file -> corpus.add(Fixtures.bytes(file)));
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		int runs = 0;
		int parsed = 0;
		long highest = 0;
		long baseline = usedAfterGc();
		while (System.nanoTime() < end || runs < 50) {
			byte[] input = mutate(random, corpus.get(random.nextInt(corpus.size())));
			String name = random.nextInt(10) == 0 ? "x.docx" : random.nextInt(10) == 0 ? "x.pdf" : "x.txt";
			try {
				ImportedMinutes minutes = MinutesReader.read(name, input);
				// a document always comes in: without a date the preview asks for it;
				// text without
				// item headings is one item
				assertThat(minutes.items()).isNotEmpty();
				parsed++;
			}
			catch (ImportException expected) {
				assertThat(expected.expected()).startsWith("importing.expected.");
			}
			catch (Throwable other) {
				fail("seed " + seed + " run " + runs + ": " + other, other);
			}
			runs++;
			if (runs % 50 == 0) {
				long growth = usedAfterGc() - baseline;
				highest = Math.max(highest, growth);
				assertThat(growth).as("heap growth after %d runs", runs).isLessThan(MEMORY_GROWTH_LIMIT);
			}
		}
		System.out.printf("fuzz: %d inputs in %d s, %d parsed, highest heap growth %d MB%n", runs, seconds, parsed,
				highest / (1024 * 1024));
		assertThat(parsed).isPositive();
	}

	static long seconds() {
		String property = System.getProperty("fuzz.seconds");
		String env = System.getenv("KLYNGE_FUZZ_SECONDS");
		String value = property != null ? property : env != null ? env : "10";
		return Long.parseLong(value.strip());
	}

	static byte[] mutate(Random random, byte[] original) {
		String text = new String(original, StandardCharsets.UTF_8);
		return switch (random.nextInt(12)) {
			case 0 -> Arrays.copyOf(original, random.nextInt(original.length + 1));
			case 1 -> {
				List<String> lines = new ArrayList<>(List.of(text.split("\n")));
				Collections.shuffle(lines, random);
				yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
			}
			case 2 -> {
				byte[] copy = original.clone();
				for (int i = 0; i < 1 + random.nextInt(50); i++) {
					copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
				}
				yield copy;
			}
			case 3 -> {
				int at = random.nextInt(text.length());
				yield (text.substring(0, at) + "x".repeat(random.nextInt(40_000)) + text.substring(at))
					.getBytes(StandardCharsets.UTF_8);
			}
			case 4 -> text.getBytes(StandardCharsets.ISO_8859_1);
			case 5 -> text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
			case 6 -> {
				byte[] garbage = new byte[random.nextInt(100_000)];
				random.nextBytes(garbage);
				yield garbage;
			}
			case 7 -> {
				StringBuilder deep = new StringBuilder(text);
				for (int i = 0; i < 5_000; i++) {
					deep.append(" ".repeat(i % 40)).append("- ").append("[".repeat(i % 7)).append("*a.").append('\n');
				}
				yield deep.toString().getBytes(StandardCharsets.UTF_8);
			}
			case 8 -> {
				byte[] huge = new byte[10 * 1024 * 1024];
				System.arraycopy(original, 0, huge, 0, Math.min(original.length, huge.length));
				Arrays.fill(huge, original.length, huge.length, (byte) 'a');
				yield huge;
			}
			case 9 -> {
				StringBuilder many = new StringBuilder(text);
				for (int i = 0; i < 2_000; i++) {
					many.append("\nSak ").append(i % 100).append("-23 Tittel ").append(i).append("\n\nVedtak: *x*\n");
				}
				yield many.toString().getBytes(StandardCharsets.UTF_8);
			}
			case 10 -> {
				byte[] prefixed = new byte[original.length + 4];
				System.arraycopy(original, 0, prefixed, 4, original.length);
				prefixed[0] = random.nextBoolean() ? (byte) 'P' : (byte) '%';
				prefixed[1] = random.nextBoolean() ? (byte) 'K' : (byte) 'P';
				yield prefixed;
			}
			default -> {
				List<String> lines = new ArrayList<>(List.of(text.split("\n")));
				int from = random.nextInt(lines.size());
				lines.add(random.nextInt(lines.size()),
						lines.get(from).replace("\t", random.nextBoolean() ? "" : "\t\t\t"));
				lines.remove(random.nextInt(lines.size()));
				yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
			}
		};
	}

	private static long usedAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
