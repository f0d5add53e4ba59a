package klynge.meeting.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 11.8: the posted table becomes one change per row; what does not parse is a row's
 * message.
 */
class AttendanceTableParseTests {

	@Test
	void everyRowOfTheFormIsReadAndBadValuesBecomeMessages() {
		UUID gy = UUID.randomUUID();
		UUID eh = UUID.randomUUID();
		UUID kw = UUID.randomUUID();
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("row", gy.toString());
		params.add("row", eh.toString());
		params.add("row", kw.toString());
		params.add("row", "not-a-row");
		params.add("status-" + gy, "REMOTE");
		params.add("summoned-" + gy, "true");
		params.add("version-" + gy, "2");
		params.add("status-" + eh, "DEPUTY");
		params.add("deputy-" + eh, "nobody");
		params.add("version-" + eh, "0");
		params.add("status-" + kw, "GONE");
		params.add("version-" + kw, "0");

		AttendanceTable table = AttendanceTable.parse(params);

		assertThat(table.rows()).containsOnlyKeys(gy);
		assertThat(table.rows().get(gy)).isEqualTo(new AttendanceForm(true, AttendanceStatus.REMOTE, null, 2));
		assertThat(table.errors()).containsEntry(eh, "attendance.deputy.unknown").containsEntry(kw, "error.validation");
	}

}
