package klynge.importing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import (parse) rate over both seeds and the fixtures, in documents per second. Tagged
 * "benchmark": run with {@code bench/import-rate} (or {@code -Dgroups=benchmark}), not in
 * the normal suite.
 */
@Tag("benchmark")
class ImportBenchmark {

	@Test
	void importRate() {
		List<String> files = SeedFormatWriterTests.files();
		List<byte[]> contents = new ArrayList<>();
		files.forEach(file -> contents.add(Fixtures.bytes(file)));
		for (int warm = 0; warm < 2_000; warm++) {
			MinutesReader.read(files.get(warm % files.size()), contents.get(warm % files.size()));
		}
		int documents = 0;
		long start = System.nanoTime();
		long end = start + 5_000_000_000L;
		while (System.nanoTime() < end) {
			int i = documents % files.size();
			MinutesReader.read(files.get(i), contents.get(i));
			documents++;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = documents / seconds;
		System.out.printf("import_rate\t%.0f\tdocuments/s\t(%d documents, %d files, %.1f s)%n", rate, documents,
				files.size(), seconds);
		assertThat(rate).isGreaterThan(500);
	}

}
