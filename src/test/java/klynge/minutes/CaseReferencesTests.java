package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class CaseReferencesTests {

	@Test
	void findsReferencesOfTheSameBodyInTheSeedSentences() {
		assertThat(CaseReferences.find("Som oppfølging av dette punktet og sak 05-23 om helsepersonellkommissjonen"))
			.extracting(CaseReferences.Reference::text, CaseReferences.Reference::prefix, r -> r.number().toString())
			.containsExactly(tuple("sak 05-23", null, "05-23"));
		assertThat(CaseReferences.find("Sak 03-23 Årsmelding 2022")).extracting(r -> r.number().toString())
			.containsExactly("03-23");
		assertThat(CaseReferences.find("må rammen for midlene økes (jfr. sak 22-21).")).singleElement().satisfies(r -> {
			assertThat(r.text()).isEqualTo("sak 22-21");
			assertThat(r.number().year()).isEqualTo(2021);
			assertThat(r.number().sequence()).isEqualTo(22);
		});
		assertThat(CaseReferences.find("(se sak 0-23 og sak 05-23)")).extracting(r -> r.number().toString())
			.containsExactly("00-23", "05-23");
	}

	@Test
	void findsReferencesWithABodyPrefix() {
		assertThat(CaseReferences.find("jfr. PM 05-23, PM-sak 05-23 og SG sak 09-23"))
			.extracting(CaseReferences.Reference::text, CaseReferences.Reference::prefix)
			.containsExactly(tuple("PM 05-23", "PM"), tuple("PM-sak 05-23", "PM"), tuple("SG sak 09-23", "SG"));
	}

	@Test
	void ignoresNumbersThatAreNoReferences() {
		assertThat(CaseReferences.find("(15-20 studenter som presenterte prosjekter i 2022)")).isEmpty();
		assertThat(CaseReferences.find("perioden 2016-2021 og 2023 – 2025, kl. 14:00-16:00")).isEmpty();
		assertThat(CaseReferences.find("saken 05-23")).isEmpty();
		assertThat(CaseReferences.find(null)).isEmpty();
	}

}
