package klynge.meeting.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The "Forfall" column of the minutes: blank = present, "x" = sent apologies, "vara" = a
 * deputy attended instead, "teams" = joined remotely.
 */
@org.springframework.modulith.NamedInterface("attendance")
public enum AttendanceStatus {

	PRESENT(""), ABSENT("x"), DEPUTY("vara"), REMOTE("teams");

	private final String code;

	AttendanceStatus(String code) {
		this.code = code;
	}

	/** The value written in the minutes' Forfall column. */
	public String code() {
		return code;
	}

	public static Optional<AttendanceStatus> ofCode(String text) {
		String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(status -> status.code.equals(value)).findFirst();
	}

	/** Whether the person themself took part (in the room or remotely). */
	public boolean attended() {
		return this == PRESENT || this == REMOTE;
	}

	public String messageKey() {
		return "attendance.status." + name();
	}

	/**
	 * The Forfall column's mark in the reader's language ("vara" is "deputy" in English);
	 * {@link #code()} stays the minutes' own value for import and export.
	 */
	public String markKey() {
		return "attendance.mark." + name();
	}

}
