package klynge.followup;

import java.time.LocalDate;
import java.util.UUID;

import klynge.meeting.Access;
import klynge.meeting.CaseNumber;
import klynge.meeting.Exemption;
import klynge.meeting.MeetingStatus;

/**
 * A follow-up with what is needed to show and filter it: its owner's code and its item
 * and meeting (and that meeting's status: unapproved minutes are not public).
 */
record FollowUpRow(UUID id, UUID itemId, UUID ownerPersonId, String ownerCode, String ownerName, UUID ownerBodyId,
		String description, LocalDate dueOn, FollowUpStatus status, LocalDate doneOn, int version, String statusNote,
		UUID meetingId, LocalDate meetingDate, UUID bodyId, Integer caseYear, Integer caseSeq, String itemTitle,
		Access access, String exemptionBasis, String publicTitle, LocalDate exemptionEnds,
		MeetingStatus meetingStatus) {

	FollowUp followUp() {
		return new FollowUp(id, itemId, ownerPersonId, ownerBodyId, description, dueOn, status, doneOn, version);
	}

	Exemption exemption() {
		return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
	}

	String caseLabel() {
		return caseSeq == null ? "" : new CaseNumber(caseSeq, caseYear).toString();
	}
}
