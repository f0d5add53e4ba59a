package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The writer's Atom is valid by RFC 4287's schema, and the validator is no rubber stamp:
 * a feed without its id, or with a date that is no date, is refused.
 */
class FeedWriterTests {

	static final Feed FEED = new Feed("urn:uuid:00000000-0000-3000-8000-000000000001", "Alrek: vedtak",
			"http://alrek.example/feed/vedtak.atom", "http://alrek.example/offentlig/vedtak", "Alrek helseklynge", "nb",
			Instant.parse("2023-04-03T00:00:00Z"),
			List.of(new FeedEntry("urn:uuid:00000000-0000-4000-8000-000000000002", "Sak 09-23 Årsmelding 2022",
					"http://alrek.example/offentlig/styringsgruppen/2023-03-20", null,
					Instant.parse("2023-04-02T22:00:00Z"), "Vedtatt i Styringsgruppen 20.03.2023",
					"Styringsgruppen slutter seg til utkastet.")));

	@Test
	void theWritersFeedIsValidAndTheValidatorRefusesBrokenOnes() throws Exception {
		byte[] xml = FeedWriter.write(FEED);
		assertThat(AtomValidator.problems(xml)).isEmpty();
		assertThat(AtomValidator.read(xml).getEntries().getFirst().getTitle()).isEqualTo("Sak 09-23 Årsmelding 2022");
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(AtomValidator.problems(text.replaceFirst("<id>[^<]*</id>", "").getBytes(StandardCharsets.UTF_8)))
			.as("a feed without its id")
			.isNotEmpty();
		assertThat(AtomValidator
			.problems(text.replace("2023-04-03T00:00:00Z", "3. april 2023").getBytes(StandardCharsets.UTF_8)))
			.as("an updated that is no date")
			.isNotEmpty();
	}

}
