package klynge.meeting;

import klynge.meeting.attendance.QuorumRule;

/** A body's quorum rule and the prefix of its case numbers when other bodies refer to them. */
public record MeetingSettings(QuorumRule quorumRule, Integer quorumMinimum, String casePrefix) {

	static final MeetingSettings DEFAULT = new MeetingSettings(QuorumRule.MORE_THAN_HALF, null, null);
}
