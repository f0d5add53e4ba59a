package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicSlugTests {

	@Test
	void namesBecomeLowerCaseAsciiJoinedByHyphens() {
		assertThat(PublicSlug.of("Styringsgruppen")).isEqualTo("styringsgruppen");
		assertThat(PublicSlug.of("Partnermøtet")).isEqualTo("partnermotet");
		assertThat(PublicSlug.of("Partnarmøtet")).isEqualTo("partnarmotet");
		assertThat(PublicSlug.of("Brukerpanelet – Ærlig talt på Åsane"))
			.isEqualTo("brukerpanelet-aerlig-talt-pa-asane");
		assertThat(PublicSlug.of("Arbeidsgruppe for utredning av senter for brukermedvirkning"))
			.isEqualTo("arbeidsgruppe-for-utredning-av-senter-for-brukermedvirkning");
		assertThat(PublicSlug.of("  Idé-gruppen (2023) ")).isEqualTo("ide-gruppen-2023");
		assertThat(PublicSlug.of(null)).isEmpty();
	}

}
