package klynge.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step of a process: which, when, a note, the person nominated or decided on, and the
 * agenda items that handled it — by case numbers of a body's meetings ("04-23") on the
 * page, or by item ids in the API.
 */
public record StepForm(ProcessStep step, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn,
		String note, UUID personId, UUID itemBodyId, String cases, List<UUID> itemIds) {

	static StepForm empty(ProcessStep step) {
		return new StepForm(step, null, null, null, null, null, List.of());
	}

}
