package klynge.casefile;

import java.time.LocalDate;
import java.util.UUID;

import klynge.meeting.Access;
import klynge.meeting.CaseNumber;
import klynge.meeting.Exemption;

/**
 * An item as cases and referrals show it: its meeting, date, body, case number and
 * access.
 */
public record ItemRef(UUID itemId, UUID meetingId, LocalDate meetingDate, UUID bodyId, Integer caseYear,
		Integer caseSeq, String title, Access access, String exemptionBasis, String publicTitle,
		LocalDate exemptionEnds) {

	public String caseLabel() {
		return caseSeq == null ? "" : new CaseNumber(caseSeq, caseYear).toString();
	}

	public Exemption exemption() {
		return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
	}

	/** The anchor of the item on its meeting page. */
	public String anchor() {
		return "sak-" + caseLabel();
	}
}
