package klynge.archive.noark;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An arkivuttrekk being built or built: its period, progress, and whether the ZIP is
 * there.
 */
record NoarkJob(UUID id, LocalDate from, LocalDate to, String status, int percent, String step, String fileName,
		Integer meetings, Integer documents) {

	public boolean done() {
		return "DONE".equals(status);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

	public boolean running() {
		return !done() && !failed();
	}

}
