package klynge.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agenda item behind a partnership, as the reader may see it: "Arbeidsgruppen
 * 03.06.2021, sak 25-21 Samarbeidspartnere", linked to the item on the meeting page.
 */
record Decision(UUID id, UUID itemId, UUID meetingId, String bodyName, LocalDate meetingDate, String caseLabel,
		String title) {

	/** The item's anchor on the meeting page. */
	public String anchor() {
		return "sak-" + caseLabel;
	}

}
