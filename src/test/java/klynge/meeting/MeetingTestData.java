package klynge.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids of the demo meetings (stable: md5 of their key) and small builders for bodies and
 * meetings of a test's own, so tests that change data never touch the demo rows other
 * tests read.
 */
public final class MeetingTestData {

	public static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	public static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	public static final UUID PM_2023_03_27 = meeting("pm-2023-03-27");

	public static final UUID SG_2023_03_20 = meeting("sg-2023-03-20");

	public static final UUID AG_2021_06_03 = meeting("ag-2021-06-03");

	public static final UUID PM_2023_10 = meeting("pm-2023-10");

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private MeetingTestData() {
	}

	/** {@code md5('meeting:<key>')::uuid} as the demo migration computes it. */
	public static UUID meeting(String key) {
		return md5Uuid("meeting:" + key);
	}

	public static UUID item(String key) {
		return md5Uuid("item:" + key);
	}

	public static UUID md5Uuid(String text) {
		try {
			String hex = HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
			return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
					+ hex.substring(16, 20) + "-" + hex.substring(20));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public static UUID person(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from person where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(UUID.class)
			.single();
	}

	public static UUID body(JdbcClient jdbc, String name) {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = ? order by valid_from desc limit 1")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	/**
	 * A fresh body of Alrek with a unique name, so its case numbers are the test's own.
	 */
	public static UUID newBody(JdbcClient jdbc, String name) {
		UUID id = jdbc.sql(
				"insert into body (cluster_id, type, established_on, sort_order) values (?, 'OTHER', ?, 99) returning id")
			.params(ALREK, LocalDate.of(2000, 1, 1))
			.query(UUID.class)
			.single();
		jdbc.sql("insert into body_name (cluster_id, body_id, name, valid_from) values (?, ?, ?, ?)")
			.params(ALREK, id, name + " " + COUNTER.incrementAndGet(), LocalDate.of(2000, 1, 1))
			.update();
		return id;
	}

	/**
	 * A membership from 2000 (or the given dates); returns its id (for deputies'
	 * deputy_for).
	 */
	public static UUID member(JdbcClient jdbc, UUID bodyId, String code, String role, String seat, int sortOrder,
			LocalDate from, LocalDate to, UUID deputyFor) {
		return jdbc
			.sql("""
					insert into membership (cluster_id, body_id, person_id, role, seat, deputy_for_id, valid_from, valid_to, sort_order)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ALREK, bodyId, person(jdbc, code), role, seat, deputyFor, from, to, sortOrder)
			.query(UUID.class)
			.single();
	}

	public static UUID member(JdbcClient jdbc, UUID bodyId, String code, String role, String seat, int sortOrder) {
		return member(jdbc, bodyId, code, role, seat, sortOrder, LocalDate.of(2000, 1, 1), null, null);
	}

	public static MeetingForm form(UUID bodyId, LocalDate date) {
		return new MeetingForm(bodyId, date, LocalTime.of(14, 0), LocalTime.of(16, 0), "Årstadveien 17", "Tarlebø",
				null, null, null, 0);
	}

	public static AgendaItemForm itemForm(String title) {
		return itemForm(null, title);
	}

	public static AgendaItemForm itemForm(UUID parentId, String title) {
		return new AgendaItemForm(parentId, AgendaItemType.DISCUSSION, title, null, null, null, null, null, false,
				Access.PUBLIC, null, null, null, 0);
	}

	public static String caseNumber(JdbcClient jdbc, UUID itemId) {
		return jdbc.sql(
				"select lpad(case_seq::text, 2, '0') || '-' || lpad((case_year % 100)::text, 2, '0') from agenda_item where id = ?")
			.params(itemId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
