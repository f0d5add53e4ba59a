package klynge.funding.leverage;

/**
 * Where a follow-on application stands: applied for (no answer yet), granted or rejected.
 */
public enum FollowOnStatus {

	APPLIED, GRANTED, REJECTED

}
