package klynge.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo ids and fresh meetings of Partnermøtet in years of their own, so tests never share
 * writes.
 */
final class MinutesFixtures {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	private static final AtomicInteger YEARS = new AtomicInteger(2200);

	/**
	 * A held meeting with two items (one exempt), and the next meeting with its approval
	 * item.
	 */
	record Fixture(UUID meeting, UUID item, UUID exemptItem, UUID next, UUID approvalItem, int year) {
	}

	private MinutesFixtures() {
	}

	static UUID meeting(String key) {
		return md5("meeting:" + key);
	}

	static UUID item(String key) {
		return md5("item:" + key);
	}

	static UUID md5(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
			String hex = HexFormat.of().formatHex(hash);
			return UUID.fromString(
					hex.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
							"$1-$2-$3-$4-$5"));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static UUID body(JdbcClient jdbc, String name) {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = ? order by valid_from desc limit 1")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	static Fixture fixture(JdbcClient jdbc, String status) {
		int year = YEARS.getAndIncrement();
		UUID pm = body(jdbc, "Partnermøtet");
		UUID meeting = insertMeeting(jdbc, pm, LocalDate.of(year, 3, 1), status);
		UUID item = insertItem(jdbc, meeting, pm, year, 1, "DECISION", "Testsak", "PUBLIC");
		UUID exempt = insertItem(jdbc, meeting, pm, year, 2, "DECISION", "Personalsak intern", "EXEMPT");
		UUID next = insertMeeting(jdbc, pm, LocalDate.of(year, 10, 1), "PLANNED");
		UUID approval = insertItem(jdbc, next, pm, year, 3, "APPROVAL", "Godkjenning av referat", "PUBLIC");
		return new Fixture(meeting, item, exempt, next, approval, year);
	}

	static String status(JdbcClient jdbc, UUID meetingId) {
		return jdbc.sql("select status from meeting where id = ?").params(meetingId).query(String.class).single();
	}

	static UUID minutesOf(JdbcClient jdbc, UUID meetingId) {
		return jdbc.sql("select id from minutes where meeting_id = ?").params(meetingId).query(UUID.class).single();
	}

	private static UUID insertMeeting(JdbcClient jdbc, UUID body, LocalDate day, String status) {
		return jdbc
			.sql("insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, ?) returning id")
			.params(ALREK, body, day, status)
			.query(UUID.class)
			.single();
	}

	private static UUID insertItem(JdbcClient jdbc, UUID meeting, UUID body, int year, int seq, String type,
			String title, String access) {
		return jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
					                         exemption_basis, public_title)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ALREK, meeting, body, seq, year, seq, type, title, access,
					"EXEMPT".equals(access) ? "Offl. § 25" : null, "EXEMPT".equals(access) ? "Personalsak" : null)
			.query(UUID.class)
			.single();
	}

}
