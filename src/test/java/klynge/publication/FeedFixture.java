package klynge.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import klynge.shared.TestYears;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An approved meeting of Alrek's Partnermøtet, in a year of its own, with three decided
 * items carrying a word of their own: a public one, a members-only one and one exempt
 * (Offl. § 25) until tomorrow.
 */
final class FeedFixture {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	final String tag = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");

	final LocalDate day = TestYears.uniqueDay();

	final LocalDate exemptUntil = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);

	final UUID meeting;

	final UUID exemptItem;

	final String bodyName;

	final java.util.List<UUID> extraItems = new java.util.ArrayList<>();

	FeedFixture(JdbcClient jdbc) {
		this(jdbc, java.util.List.of());
	}

	/**
	 * With further public items whose title and decision are each of the given texts (a
	 * corpus of hostile input), decided in the same minutes.
	 */
	FeedFixture(JdbcClient jdbc, java.util.List<String> texts) {
		bodyName = "Partnermøtet";
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = ? limit 1")
			.params(ALREK, bodyName)
			.query(UUID.class)
			.single();
		meeting = jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, status)
				values (?, ?, ?, '10:00', '12:00', 'MINUTES_APPROVED') returning id""")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		UUID minutes = jdbc.sql("insert into minutes (cluster_id, meeting_id) values (?, ?) returning id")
			.params(ALREK, meeting)
			.query(UUID.class)
			.single();
		UUID open = item(jdbc, body, 1, "Åpen " + tag + "offentlig", "PUBLIC", null, null, null);
		UUID members = item(jdbc, body, 2, "Medlemssak " + tag + "medlem", "MEMBERS", null, null, null);
		exemptItem = item(jdbc, body, 3, "Tilsetting " + tag + "internt", "EXEMPT", "Offl. § 25",
				"Personalsak " + tag + "pub", exemptUntil);
		decide(jdbc, minutes, open, "Vedtatt " + tag + "aapent <script>alert(1)</script>");
		decide(jdbc, minutes, members, "Vedtatt " + tag + "medlemsvedtak");
		decide(jdbc, minutes, exemptItem, "Vedtatt " + tag + "hemmelig");
		for (int i = 0; i < texts.size(); i++) {
			UUID extra = item(jdbc, body, 10 + i, texts.get(i), "PUBLIC", null, null, null);
			decide(jdbc, minutes, extra, texts.get(i));
			extraItems.add(extra);
		}
		jdbc.sql("update minutes set status = 'APPROVED', approved_on = ?, approved_version = 1 where id = ?")
			.params(day, minutes)
			.update();
	}

	private UUID item(JdbcClient jdbc, UUID body, int position, String title, String access, String basis,
			String publicTitle, LocalDate ends) {
		return jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
				                         access, exemption_basis, public_title, exemption_ends)
				values (?, ?, ?, ?, ?, ?, 'DECISION', ?, ?, ?, ?, ?) returning id""")
			.params(ALREK, meeting, body, position, day.getYear(), position, title, access, basis, publicTitle, ends)
			.query(UUID.class)
			.single();
	}

	private static void decide(JdbcClient jdbc, UUID minutes, UUID item, String decision) {
		jdbc.sql("insert into item_minutes (cluster_id, minutes_id, item_id, decision) values (?, ?, ?, ?)")
			.params(ALREK, minutes, item, decision)
			.update();
	}

	/** The public page of these minutes, as the feeds and the sitemap link it. */
	String minutesPath() {
		return FeedLinks.minutes(bodyName, day);
	}

}
