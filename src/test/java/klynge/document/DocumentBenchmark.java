package klynge.document;

import static klynge.document.SeedMeetings.PARTNERMOTET;
import static klynge.document.SeedMeetings.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warm render times of the seed Partnermøtet minutes (median of N after warm-up), for
 * bench/documents. Tagged "benchmark": run only with -Dgroups=benchmark. Writes the DOCX
 * it timed to target/bench/ so the script can time LibreOffice converting the same file.
 */
@Tag("benchmark")
@KlyngeIntegrationTest
class DocumentBenchmark {

	static final int WARMUP = 15;

	static final int RUNS = 31;

	@Autowired
	MeetingDocuments documents;

	@Test
	void renderTimes() throws Exception {
		double pdf = median(() -> documents.minutesPdf(PARTNERMOTET, STAFF));
		double docx = median(() -> documents.minutesDocx(PARTNERMOTET, STAFF));
		Path out = Path.of("target/bench");
		Files.createDirectories(out);
		Files.write(out.resolve("referat-partnermote.docx"), documents.minutesDocx(PARTNERMOTET, STAFF));
		String figures = "pdf_ms=%.1f%ndocx_ms=%.1f%nruns=%d%n".formatted(pdf, docx, RUNS);
		Files.writeString(out.resolve("documents.txt"), figures);
		System.out.print(figures);
		assertThat(pdf).isPositive();
	}

	private static double median(Supplier<byte[]> render) {
		for (int i = 0; i < WARMUP; i++) {
			render.get();
		}
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			render.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[RUNS / 2];
	}

}
