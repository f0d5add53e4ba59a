package klynge.funding.review;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The award and rejection letters of a decided call as JSON: sent once, by staff. */
@Tag(name = "Funding review")
@RestController
class AwardLettersApi {

	record LettersJson(UUID callId, boolean sent, boolean sentNow, Instant sentAt, String sentBy, int awards,
			int rejections) {
	}

	private final AwardLetters letters;

	AwardLettersApi(AwardLetters letters) {
		this.letters = letters;
	}

	@Operation(summary = "Whether and when the call's award and rejection letters were sent")
	@GetMapping("/api/v1/funding/review-calls/{callId}/letters")
	LettersJson sent(@PathVariable UUID callId) {
		return letters.sent(callId)
			.map(s -> new LettersJson(callId, true, false, s.at(), s.by(), s.awards(), s.rejections()))
			.orElseGet(() -> new LettersJson(callId, false, false, null, null, 0, 0));
	}

	@Operation(summary = "Sends the award and rejection letters of a decided call; a second call sends nothing "
			+ "(sentNow false) and says when they were sent")
	@PostMapping("/api/v1/funding/review-calls/{callId}/letters")
	LettersJson send(@PathVariable UUID callId) {
		AwardLetters.Outcome outcome = letters.send(callId);
		AwardLetters.Sent s = outcome.sent();
		return new LettersJson(callId, true, outcome.first(), s.at(), s.by(), s.awards(), s.rejections());
	}

}
