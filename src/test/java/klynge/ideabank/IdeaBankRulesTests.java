package klynge.ideabank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The idea bank's rules without a database. */
class IdeaBankRulesTests {

	static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

	static SubmissionForm form(String email, String topic) {
		return new SubmissionForm("Ola", email, "Tittel", "Sammendrag", "Sykepleie", "HVL", "Kari", topic, true, false);
	}

	@Test
	void aPosterIsAPdfByItsFirstBytesAndItsTypeAndAtMostTwentyMegabytes() {
		assertThat(IdeaBankRules.posterProblem(PDF, "application/pdf")).isNull();
		assertThat(IdeaBankRules.posterProblem(PDF, "application/x-pdf")).isNull();
		assertThat(IdeaBankRules.posterProblem(PDF, "Application/PDF; charset=binary")).isNull();
		assertThat(IdeaBankRules.posterProblem(PDF, "text/plain")).isEqualTo("ideabank.submit.poster.notPdf");
		assertThat(IdeaBankRules.posterProblem(PDF, null)).isEqualTo("ideabank.submit.poster.notPdf");
		assertThat(IdeaBankRules.posterProblem("%PDF".getBytes(StandardCharsets.US_ASCII), "application/pdf"))
			.isEqualTo("ideabank.submit.poster.notPdf");
		assertThat(IdeaBankRules.posterProblem("<html>%PDF-".getBytes(StandardCharsets.US_ASCII), "application/pdf"))
			.isEqualTo("ideabank.submit.poster.notPdf");
		assertThat(IdeaBankRules.posterProblem(new byte[0], "application/pdf"))
			.isEqualTo("ideabank.submit.poster.required");
		assertThat(IdeaBankRules.posterProblem(null, null)).isEqualTo("ideabank.submit.poster.required");
		byte[] big = java.util.Arrays.copyOf(PDF, IdeaBankRules.MAX_POSTER_BYTES + 1);
		assertThat(IdeaBankRules.posterProblem(big, "application/pdf")).isEqualTo("ideabank.submit.poster.tooLarge");
		byte[] justRight = java.util.Arrays.copyOf(PDF, IdeaBankRules.MAX_POSTER_BYTES);
		assertThat(IdeaBankRules.posterProblem(justRight, "application/pdf")).isNull();
	}

	@Test
	void theFormNeedsEveryFieldAValidAddressAndATopicOfTheCall() {
		assertThat(IdeaBankRules.mistakes(form("ola@example.org", "Samhandling"), List.of("Samhandling"))).isEmpty();
		assertThat(IdeaBankRules.mistakes(form("ola@example.org", ""), List.of("Samhandling"))).isEmpty();
		assertThat(IdeaBankRules.mistakes(form("ola@example.org", "Annet"), List.of("Samhandling")))
			.containsEntry("topic", "ideabank.submit.topic.invalid");
		assertThat(IdeaBankRules.mistakes(form("ola", null), List.of())).containsEntry("email",
				"ideabank.submit.email.invalid");
		SubmissionForm empty = SubmissionForm.empty();
		assertThat(IdeaBankRules.mistakes(empty, List.of())).containsKeys("name", "email", "title", "summary",
				"studyProgramme", "institution", "supervisor");
		SubmissionForm longTitle = new SubmissionForm("Ola", "ola@example.org", "x".repeat(301), "S", "P", "I", "V",
				null, false, false);
		assertThat(IdeaBankRules.mistakes(longTitle, List.of())).containsEntry("title", "ideabank.form.tooLong");
	}

	@Test
	void aCallIsOpenBetweenItsDatesUntilItIsPublished() {
		OffsetDateTime opens = OffsetDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
		OffsetDateTime closes = opens.plusMonths(5);
		CallForPresentations call = new CallForPresentations(UUID.randomUUID(), UUID.randomUUID(), 2027, opens, closes,
				"Samhandling\n\n  Digital helse \n", null, 0);
		assertThat(call.topicList()).containsExactly("Samhandling", "Digital helse");
		assertThat(call.closedBecause(opens.minusSeconds(1).toInstant())).isEqualTo("ideabank.submit.closed.notYet");
		assertThat(call.closedBecause(opens.toInstant())).isNull();
		assertThat(call.closedBecause(closes.toInstant())).isEqualTo("ideabank.submit.closed.over");
		CallForPresentations published = new CallForPresentations(call.id(), call.eventId(), 2027, opens, closes, "",
				opens.plusDays(1), 1);
		assertThat(published.closedBecause(opens.plusDays(2).toInstant()))
			.isEqualTo("ideabank.submit.closed.published");
		assertThat(published.closedBecause(Instant.EPOCH)).isEqualTo("ideabank.submit.closed.published");
	}

	@Test
	void aSlotLiesOnADayOfTheEventAndEndsAfterItStarts() {
		LocalDate first = LocalDate.of(2027, 6, 9);
		IdeaBankRules.Slot slot = IdeaBankRules.slot("2027-06-09", "13:00", "13:20", " Posterutstilling ", "", first,
				first);
		assertThat(slot.start()).isEqualTo(LocalTime.of(13, 0));
		assertThat(slot.session()).isEqualTo("Posterutstilling");
		assertThat(slot.room()).isNull();
		assertThatThrownBy(() -> IdeaBankRules.slot("2027-06-10", "13:00", null, null, null, first, first))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(r.errors()).containsEntry("slotDay", "ideabank.slot.day.outside"));
		assertThatThrownBy(() -> IdeaBankRules.slot("2027-06-09", "13:00", "12:00", null, null, first, first))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(r.errors()).containsEntry("slotEndsAt", "ideabank.slot.endsBeforeStart"));
		assertThatThrownBy(() -> IdeaBankRules.slot("juni", "", "kl 3", null, null, first, first))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(r.errors()).containsEntry("slotDay", "ideabank.slot.day.invalid")
						.containsEntry("slotStartsAt", "ideabank.slot.time.required")
						.containsEntry("slotEndsAt", "ideabank.slot.time.invalid"));
	}

	@Test
	void fileNamesAndSearchPatternsAreSafe() {
		assertThat(IdeaBankRules.safeFileName("C:\\Users\\ola\\Min poster (endelig).PDF"))
			.isEqualTo("Min_poster_endelig_.PDF");
		assertThat(IdeaBankRules.safeFileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(IdeaBankRules.safeFileName(null)).isEqualTo("poster.pdf");
		assertThat(IdeaBankRules.safeFileName("\"; evil.pdf")).isEqualTo("_evil.pdf");
		assertThat(IdeaBankRules.likePattern("100%_sikker\\")).isEqualTo("%100\\%\\_sikker\\\\%");
		assertThat(IdeaBankRules.isPdf(PDF)).isTrue();
	}

}
