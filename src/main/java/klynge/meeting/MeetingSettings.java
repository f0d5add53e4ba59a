package klynge.meeting;

import klynge.meeting.attendance.QuorumRule;

/**
 * A body's quorum rule, the prefix of its case numbers when other bodies refer to them,
 * and what it does with steps out of their time.
 */
public record MeetingSettings(QuorumRule quorumRule, Integer quorumMinimum, String casePrefix, OutOfTime outOfTime) {

	static final MeetingSettings DEFAULT = new MeetingSettings(QuorumRule.MORE_THAN_HALF, null, null, OutOfTime.WARN);

}
