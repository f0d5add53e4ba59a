package klynge.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The import fixtures in src/test/resources/importing. */
final class Fixtures {

	static final String PM = "seed-000-partnermotet-2023-03-27.txt";

	static final String AG = "seed-001-arbeidsgruppen-2021-06-03.txt";

	static final List<String> OTHERS = List.of("kommunestyre-ps-2023-02-14.txt", "universitetsstyre-2023-04-20.txt",
			"helseforetak-styre-2022-11-30.txt", "eldreraad-nynorsk-2023-05-08.txt",
			"samarbeidsutval-nynorsk-2022-09-12.txt", "arbeidsutvalg-sak-nnyy-2024-01-15.txt");

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/importing/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	static ImportedMinutes parse(String name) {
		return MinutesReader.read(name, bytes(name));
	}

}
