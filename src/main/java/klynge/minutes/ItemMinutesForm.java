package klynge.minutes;

import jakarta.validation.constraints.Size;

/**
 * The minutes of one item as edited: notes (Markdown), feedback heading and lines, and
 * the vedtak.
 */
public record ItemMinutesForm(@Size(max = 50_000) String notes, @Size(max = 300) String feedbackHeading,
		@Size(max = 20_000) String feedback, @Size(max = 10_000) String decision, Integer version) {

	static ItemMinutesForm of(ItemMinutes minutes) {
		return minutes == null ? new ItemMinutesForm(null, null, null, null, 0) : new ItemMinutesForm(minutes.notes(),
				minutes.feedbackHeading(), minutes.feedback(), minutes.decision(), minutes.version());
	}

	static ItemMinutesForm of(ItemMinutes minutes, int version) {
		return new ItemMinutesForm(minutes.notes(), minutes.feedbackHeading(), minutes.feedback(), minutes.decision(),
				version);
	}

	ItemMinutesForm withVersion(int other) {
		return new ItemMinutesForm(notes, feedbackHeading, feedback, decision, other);
	}

}
