package klynge.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** One item (sak) of a meeting's agenda, or a sub-item (a, b, c) of one. */
public record AgendaItem(UUID id, UUID meetingId, UUID bodyId, UUID parentId, int position, Integer caseYear,
		Integer caseSeq, AgendaItemType type, String title, UUID presenterPersonId, String presenterText,
		String proposedDecision, String priorHandling, Integer plannedMinutes, boolean raisedAtMeeting, Access access,
		String exemptionBasis, String publicTitle, LocalDate exemptionEnds, int version) {

	public CaseNumber caseNumber() {
		return caseSeq == null ? null : new CaseNumber(caseSeq, caseYear);
	}

	public Exemption exemption() {
		return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
	}

	public boolean isSubItem() {
		return parentId != null;
	}
}
