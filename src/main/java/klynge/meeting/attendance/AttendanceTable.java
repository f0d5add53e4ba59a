package klynge.meeting.attendance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

/**
 * The attendance table posted as one form: for each row its id ({@code row}), and
 * {@code summoned-<id>}, {@code status-<id>}, {@code deputy-<id>}, {@code version-<id>}.
 * Values that do not parse become a message for that row instead of an exception (never a
 * 500).
 */
public record AttendanceTable(Map<UUID, AttendanceForm> rows, Map<UUID, String> errors) {

	public static AttendanceTable parse(MultiValueMap<String, String> params) {
		Map<UUID, AttendanceForm> rows = new LinkedHashMap<>();
		Map<UUID, String> errors = new LinkedHashMap<>();
		for (String idText : params.getOrDefault("row", List.of())) {
			UUID id;
			try {
				id = UUID.fromString(idText);
			}
			catch (IllegalArgumentException notAnId) {
				continue; // not a row of any table: nothing to save, nothing to show
			}
			String status = params.getFirst("status-" + id);
			String deputy = params.getFirst("deputy-" + id);
			String version = params.getFirst("version-" + id);
			try {
				rows.put(id,
						new AttendanceForm(params.containsKey("summoned-" + id),
								AttendanceStatus.valueOf(status == null ? "" : status),
								deputy == null || deputy.isBlank() ? null : UUID.fromString(deputy),
								Integer.parseInt(version == null ? "" : version)));
			}
			catch (IllegalArgumentException badValue) {
				errors.put(id, deputy != null && !deputy.isBlank() && !isUuid(deputy) ? "attendance.deputy.unknown"
						: "error.validation");
			}
		}
		return new AttendanceTable(rows, errors);
	}

	private static boolean isUuid(String text) {
		try {
			UUID.fromString(text);
			return true;
		}
		catch (IllegalArgumentException no) {
			return false;
		}
	}

	/**
	 * The rows as the form shows them again after a refusal: what was posted, over what
	 * is stored.
	 */
	public List<Attendee> over(List<Attendee> stored) {
		List<Attendee> shown = new ArrayList<>();
		for (Attendee a : stored) {
			AttendanceForm posted = rows.get(a.id());
			shown.add(posted == null ? a
					: new Attendee(a.id(), a.section(), a.personId(), a.name(), a.code(), a.seat(), posted.summoned(),
							posted.status(), posted.deputyPersonId(), null, null, null, a.sortOrder(), a.version()));
		}
		return shown;
	}
}
