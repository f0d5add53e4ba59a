package klynge.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only look-ups across the registry for addressing: e-mail addresses and languages of
 * people (from the person, else their account), and which meetings a feed lists. Every query is
 * scoped by cluster.
 */
@Repository
class NotificationQueries {

	private final JdbcClient jdbc;

	NotificationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Someone to write to, in their language. */
	record Recipient(UUID personId, String name, String email, String language) {

		Locale locale() {
			return Locale.forLanguageTag(language == null ? "nb" : language);
		}
	}

	private static final String RECIPIENT = """
			select p.id as person_id, p.name, coalesce(nullif(p.email, ''), a.email) as email,
			       coalesce(a.preferred_language, c.default_language) as language
			from person p
			join cluster c on c.id = p.cluster_id
			left join lateral (select email, preferred_language from account
			                   where cluster_id = p.cluster_id and person_id = p.id and enabled
			                   order by created_at limit 1) a on true
			""";

	/** Everyone summoned to the meeting who has an e-mail address. */
	List<Recipient> summoned(UUID clusterId, UUID meetingId) {
		return jdbc.sql(RECIPIENT + """
				where p.cluster_id = ? and p.id in (select person_id from attendance
				      where cluster_id = ? and meeting_id = ? and summoned and person_id is not null)
				  and coalesce(nullif(p.email, ''), a.email) is not null
				order by p.name""")
			.params(clusterId, clusterId, meetingId).query(Recipient.class).list();
	}

	Optional<Recipient> person(UUID clusterId, UUID personId) {
		return jdbc.sql(RECIPIENT + " where p.cluster_id = ? and p.id = ? and coalesce(nullif(p.email, ''), a.email) is not null")
			.params(clusterId, personId).query(Recipient.class).optional();
	}

	/** The e-mail of the body's sekretariat on the day, if one is registered. */
	Optional<String> secretariatEmail(UUID clusterId, UUID bodyId, LocalDate day) {
		return jdbc.sql("""
				select p.email from membership m join person p on p.cluster_id = m.cluster_id and p.id = m.person_id
				where m.cluster_id = ? and m.body_id = ? and m.role = 'SECRETARIAT' and p.email is not null
				  and m.valid_from <= ? and (m.valid_to is null or m.valid_to >= ?)
				order by m.sort_order, p.name limit 1""")
			.params(clusterId, bodyId, day, day).query(String.class).optional();
	}

	/** Meetings (not older than {@code from}) of the bodies the person is on; all of them for staff. */
	List<UUID> feedMeetings(UUID clusterId, UUID personId, boolean staff, LocalDate from) {
		if (staff) {
			return jdbc.sql("select id from meeting where cluster_id = ? and meeting_date >= ? order by meeting_date")
				.params(clusterId, from).query(UUID.class).list();
		}
		if (personId == null) {
			return List.of();
		}
		return jdbc.sql("""
				select id from meeting
				where cluster_id = ? and meeting_date >= ? and body_id in (
				      select body_id from membership where cluster_id = ? and person_id = ?
				        and (valid_to is null or valid_to >= ?))
				order by meeting_date""")
			.params(clusterId, from, clusterId, personId, from).query(UUID.class).list();
	}

	/** The account behind a feed token: its person and whether it is staff. */
	record FeedOwner(UUID clusterId, UUID accountId, UUID personId, boolean staff) {
	}

	Optional<FeedOwner> feedOwner(String tokenHash) {
		return jdbc.sql("""
				select t.cluster_id, t.account_id, a.person_id, (a.administrator or a.secretariat) as staff
				from calendar_token t join account a on a.cluster_id = t.cluster_id and a.id = t.account_id
				where t.token_hash = ? and t.revoked_at is null and a.enabled""")
			.param(tokenHash).query(FeedOwner.class).optional();
	}

	/** Meetings on the given day that are summoned (for reminders). */
	List<UUID> summonedMeetingsOn(UUID clusterId, LocalDate day) {
		return jdbc.sql("select id from meeting where cluster_id = ? and meeting_date = ? and status = 'SUMMONED'")
			.params(clusterId, day).query(UUID.class).list();
	}

	/** Open follow-ups owned by a person, due by the given day. */
	record DueFollowUp(UUID id, UUID ownerPersonId, String description, LocalDate dueOn) {
	}

	List<DueFollowUp> followUpsDue(UUID clusterId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, owner_person_id, description, due_on from follow_up
				where cluster_id = ? and owner_person_id is not null and status <> 'DONE' and due_on is not null
				  and due_on between ? and ?
				order by due_on""")
			.params(clusterId, from, to).query(DueFollowUp.class).list();
	}
}
