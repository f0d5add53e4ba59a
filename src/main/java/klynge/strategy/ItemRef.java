package klynge.strategy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting item as meeting publishes it ({@code meeting_item_v}): "Sak 21-21
 * Rapportering fra strategiarbeidet". {@code title} is already what the reader may see
 * (the public title where the item is not public and the reader is not staff).
 */
public record ItemRef(UUID id, UUID meetingId, LocalDate meetingDate, Integer caseSeq, Integer caseYear, String title,
		boolean open) {

	/** "21-21", or empty for an item without a case number. */
	public String caseNumber() {
		return caseSeq == null || caseYear == null ? "" : "%02d-%02d".formatted(caseSeq, caseYear % 100);
	}

	/** "Sak 21-21 Rapportering fra strategiarbeidet" (without "Sak" when unnumbered). */
	public String label() {
		String number = caseNumber();
		String text = title == null ? "" : title;
		return number.isEmpty() ? text : ("Sak " + number + " " + text).strip();
	}

}
