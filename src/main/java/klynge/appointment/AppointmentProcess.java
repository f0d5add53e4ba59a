package klynge.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The appointment process for a position's next term: the step it waits for and the steps
 * recorded so far.
 */
public record AppointmentProcess(UUID id, UUID positionId, LocalDate termFrom, LocalDate termTo, ProcessStep step,
		List<Step> steps) {

	/** A recorded step with the agenda items that handled it. */
	public record Step(UUID id, ProcessStep step, LocalDate happenedOn, String note, UUID personId, String personName,
			List<LinkedItem> items) {
	}

	/** An agenda item as staff read it: "Sak 04-23 Leder for Styringsgruppen …". */
	public record LinkedItem(UUID itemId, UUID meetingId, LocalDate meetingDate, String caseNumber, String title) {
	}

	LocalDate lastDay() {
		return steps.isEmpty() ? null : steps.getLast().happenedOn();
	}

}
