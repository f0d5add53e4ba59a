package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: "an exemption with an end date becomes public on that date without anyone
 * acting". The meeting page is served from {@link PageCache} while the database is
 * unchanged, and no write happens at midnight; what keeps yesterday's copy (the item
 * shown by public title only) from being served today is the quarter hour in the cache
 * key and entity tag. That holds because every zone's midnight falls on a UTC quarter
 * hour: checked here for every zone, in the zones' rules of this year and the next.
 */
class PageCacheMidnightTests {

	@Test
	void everyZonesMidnightStartsANewQuarterHourSoNoCopyOutlivesTheDay() {
		List<String> off = new ArrayList<>();
		LocalDate first = LocalDate.now().withDayOfYear(1);
		for (String id : ZoneId.getAvailableZoneIds()) {
			ZoneId zone = ZoneId.of(id);
			if (zone.getRules() == null) {
				// a zone id another library registered in this JVM without rules
				// (ical4j's
				// calendar zones, in a full test run), not a tz zone
				continue;
			}
			for (LocalDate day = first; day.isBefore(first.plusYears(2)); day = day.plusDays(7)) {
				Instant midnight = day.atStartOfDay(zone).toInstant();
				if (midnight.getEpochSecond() % 900 != 0) {
					off.add(id + " " + day);
					break;
				}
			}
		}
		assertThat(off).as("zones whose day starts inside a quarter hour").isEmpty();
		Instant oslo = LocalDate.of(2027, 1, 15).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant();
		assertThat(oslo.getEpochSecond() / 900).as("the quarter key turns at Oslo's midnight")
			.isNotEqualTo(oslo.minusSeconds(1).getEpochSecond() / 900);
	}

}
