package klynge.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An amendment of approved minutes: the item's new text and why. */
public record AmendmentForm(@Size(max = 50_000) String notes, @Size(max = 300) String feedbackHeading,
		@Size(max = 20_000) String feedback, @Size(max = 10_000) String decision, Integer version,
		@NotBlank @Size(max = 2000) String reason) {

	static AmendmentForm of(ItemMinutes minutes) {
		return minutes == null ? new AmendmentForm(null, null, null, null, 0, null) : new AmendmentForm(minutes.notes(),
				minutes.feedbackHeading(), minutes.feedback(), minutes.decision(), minutes.version(), null);
	}

	ItemMinutesForm toItemForm() {
		return new ItemMinutesForm(notes, feedbackHeading, feedback, decision, version);
	}
}
