package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import klynge.meeting.Access;
import klynge.meeting.Exemption;
import org.junit.jupiter.api.Test;

/**
 * A decision's entry is updated on the day it became public: its approval, or the end of
 * its exemption once that day has come, when it came after the approval; and the slug of
 * the public minutes' address.
 */
class FeedDatesTests {

	static final LocalDate APPROVED = LocalDate.of(2023, 4, 10);

	@Test
	void anEndedExemptionDatesTheEntryFromItsEnd() {
		Exemption untilMay = new Exemption(Access.EXEMPT, "Offl. § 14", "Sak om avtale", LocalDate.of(2023, 5, 1));
		assertThat(Feeds.opened(APPROVED, untilMay, LocalDate.of(2023, 4, 30))).isEqualTo(APPROVED);
		assertThat(Feeds.opened(APPROVED, untilMay, LocalDate.of(2023, 5, 1))).isEqualTo(LocalDate.of(2023, 5, 1));
		assertThat(Feeds.opened(APPROVED, Exemption.PUBLIC, LocalDate.of(2023, 5, 1))).isEqualTo(APPROVED);
		Exemption endedBefore = new Exemption(Access.EXEMPT, "Offl. § 14", null, LocalDate.of(2023, 1, 1));
		assertThat(Feeds.opened(APPROVED, endedBefore, LocalDate.of(2023, 5, 1))).isEqualTo(APPROVED);
	}

	@Test
	void slugsAreLowerCaseAsciiWithHyphens() {
		assertThat(FeedLinks.slug("Styringsgruppen")).isEqualTo("styringsgruppen");
		assertThat(FeedLinks.slug("Partnermøtet")).isEqualTo("partnermotet");
		assertThat(FeedLinks.slug("Råd for Æ og Ø / 2")).isEqualTo("rad-for-ae-og-o-2");
		assertThat(FeedLinks.minutes("Arbeidsgruppen", LocalDate.of(2021, 6, 3)))
			.isEqualTo("/offentlig/arbeidsgruppen/2021-06-03");
	}

}
