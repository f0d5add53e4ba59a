package klynge.meeting.attendance;

/**
 * When a body is quorate (beslutningsdyktig). The default is more than half of the
 * members.
 */
@org.springframework.modulith.NamedInterface("attendance")
public enum QuorumRule {

	MORE_THAN_HALF, AT_LEAST_HALF, AT_LEAST;

	/**
	 * @param members seats with voting members summoned
	 * @param represented seats represented by the member or a deputy
	 * @param minimum the number for {@link #AT_LEAST}
	 */
	public boolean isQuorate(int members, int represented, Integer minimum) {
		return switch (this) {
			case MORE_THAN_HALF -> represented * 2 > members;
			case AT_LEAST_HALF -> represented * 2 >= members;
			case AT_LEAST -> represented >= (minimum == null ? 1 : minimum);
		};
	}

	/** How many seats must be represented. */
	public int required(int members, Integer minimum) {
		return switch (this) {
			case MORE_THAN_HALF -> members / 2 + 1;
			case AT_LEAST_HALF -> (members + 1) / 2;
			case AT_LEAST -> minimum == null ? 1 : minimum;
		};
	}

}
