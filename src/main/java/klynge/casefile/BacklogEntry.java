package klynge.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import klynge.meeting.Access;
import klynge.meeting.Exemption;

/**
 * A proposed future item of a body: from a referral, a member's proposal or a follow-up.
 * It carries the access of the item it came from; {@code hidden} marks an entry shown to
 * a viewer who may not see it, by its public title only.
 */
public record BacklogEntry(UUID id, UUID bodyId, String source, String title, String description, UUID referralId,
		UUID followUpId, String proposedBy, OffsetDateTime proposedAt, String status, UUID scheduledItemId,
		UUID forMeetingId, LocalDate forMeetingDate, Access access, String exemptionBasis, String publicTitle,
		LocalDate exemptionEnds, boolean hidden, int version) {

	public boolean open() {
		return "OPEN".equals(status);
	}

	public Exemption exemption() {
		return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
	}

	/**
	 * The entry as one who may not see it reads it: public title and legal basis, no
	 * description.
	 */
	BacklogEntry hiddenView() {
		return new BacklogEntry(id, bodyId, source, publicTitle, null, null, null, null, proposedAt, status, null,
				forMeetingId, forMeetingDate, access, exemptionBasis, publicTitle, exemptionEnds, true, version);
	}
}
