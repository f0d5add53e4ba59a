package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, requirement 8: damaged text never stops the import; what is safe is repaired
 * (UTF-8 read as Latin-1, lines in another encoding), the rest is warned about with its
 * line.
 */
class ImportTextDamageTests {

	static final String MINUTES = "Referat fra Partnermøtet\nDato: 05.05.2039\nSted: Årstadveien 17\n\n"
			+ "Sak 1/39 Første sak på Høgskulen\n\nVedtak: Godkjent.\n";

	@Test
	void mojibakeIsRepairedAndSaid() {
		String damaged = new String(MINUTES.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
		assertThat(damaged).contains("FÃ¸rste");
		MinutesReader.Reading reading = MinutesReader.reading("moji.txt", damaged.getBytes(StandardCharsets.UTF_8));
		assertThat(reading.minutes().items()).extracting(ImportedItem::title)
			.containsExactly("Første sak på Høgskulen");
		assertThat(reading.minutes().place()).isEqualTo("Årstadveien 17");
		assertThat(reading.warnings()).extracting(ImportWarning::key).containsExactly("importing.warning.repaired");
		assertThat(reading.warnings().getFirst().line()).isEqualTo(1);
	}

	@Test
	void linesInAnotherEncodingAreReadAsWindows1252() throws Exception {
		ByteArrayOutputStream mixed = new ByteArrayOutputStream();
		mixed.write("Referat fra Partnermøtet\nDato: 05.05.2039\n\n".getBytes(StandardCharsets.UTF_8));
		mixed.write("Sak 1/39 Første sak\n\n".getBytes(Charset.forName("windows-1252")));
		mixed.write("Vedtak: Godkjent på møtet.\n".getBytes(StandardCharsets.UTF_8));
		MinutesReader.Reading reading = MinutesReader.reading("blandet.txt", mixed.toByteArray());
		assertThat(reading.minutes().items()).extracting(ImportedItem::title).containsExactly("Første sak");
		assertThat(reading.minutes().items().getFirst().decision()).isEqualTo("Godkjent på møtet.");
		assertThat(reading.warnings()).singleElement().satisfies(w -> {
			assertThat(w.key()).isEqualTo("importing.warning.encoding");
			assertThat(w.line()).isEqualTo(4);
		});
	}

	@Test
	void controlCharactersBrokenCharactersAndLostLettersComeInWithWarnings() {
		String damaged = "Referat fra Partnerm?tet\nDato: 05.05.2039\n\n"
				+ "Sak 1/39 F\u0007\u0007\u0007\u0007\u0007\u0007\u0007\u0007\u0007\u0007\u0007\u0007rste sak\n\n"
				+ "Vedtak: Godkjent \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.\n";
		MinutesReader.Reading reading = MinutesReader.reading("skadet.txt", damaged.getBytes(StandardCharsets.UTF_8));
		assertThat(reading.minutes().items()).extracting(ImportedItem::title).containsExactly("Frste sak");
		assertThat(reading.warnings()).extracting(ImportWarning::key, ImportWarning::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("importing.warning.control", 4),
					org.assertj.core.groups.Tuple.tuple("importing.warning.broken", 6),
					org.assertj.core.groups.Tuple.tuple("importing.warning.lostLetters", 1));
	}

	@Test
	void binaryIsStillRefused() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> MinutesReader.reading("x.txt", new byte[] { 0, 1, 2, 3 }))
			.isInstanceOf(ImportException.class);
	}

}
