package klynge.notification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.MembershipRole;
import klynge.cluster.Clusters;
import klynge.meeting.attendance.Attendance;
import klynge.meeting.attendance.AttendanceStatus;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.organisation.OrganisationDirectory;
import klynge.security.AccountContacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only look-ups for addressing: e-mail addresses and languages of people (from the
 * registry, else their account), who is summoned, and which meetings a feed lists. Goes
 * through the owning modules' public APIs; only the members' feed still reads memberships
 * with SQL. Every query is scoped by cluster.
 */
@Repository
class NotificationQueries {

	private final JdbcClient jdbc;

	private final OrganisationDirectory registry;

	private final AccountContacts accounts;

	private final Clusters clusters;

	private final Attendance attendance;

	private final Meetings meetings;

	private final BodyDirectory bodies;

	NotificationQueries(JdbcClient jdbc, OrganisationDirectory registry, AccountContacts accounts, Clusters clusters,
			Attendance attendance, Meetings meetings, BodyDirectory bodies) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.accounts = accounts;
		this.clusters = clusters;
		this.attendance = attendance;
		this.meetings = meetings;
		this.bodies = bodies;
	}

	/** Someone to write to, in their language. */
	record Recipient(UUID personId, String name, String email, String language) {

		Locale locale() {
			return Locale.forLanguageTag(language == null ? "nb" : language);
		}
	}

	/**
	 * Everyone summoned to the meeting who has an e-mail address, by name. Needs the
	 * cluster scope ({@link klynge.cluster.ClusterScope}): the attendance sheet is read
	 * for the current cluster.
	 */
	List<Recipient> summoned(UUID clusterId, UUID meetingId) {
		Set<UUID> seen = new HashSet<>();
		return attendance.sheet(meetingId)
			.attendees()
			.stream()
			.filter(attendee -> attendee.summoned() && attendee.personId() != null && seen.add(attendee.personId()))
			.map(attendee -> recipient(clusterId, attendee.personId(), attendee.name()))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Recipient::name))
			.toList();
	}

	/**
	 * Everyone who took part in the meeting (in the room or remotely), and the deputy who
	 * came in the place of a member who sent apologies; not those who did not come. By
	 * name; needs the cluster scope.
	 */
	List<Recipient> attended(UUID clusterId, UUID meetingId) {
		Set<UUID> seen = new HashSet<>();
		return attendance.sheet(meetingId)
			.attendees()
			.stream()
			.map(attendee -> attendee.status() == AttendanceStatus.DEPUTY
					? new Present(attendee.deputyPersonId(), attendee.deputyName())
					: attendee.status().attended() ? new Present(attendee.personId(), attendee.name()) : null)
			.filter(present -> present != null && present.personId() != null && seen.add(present.personId()))
			.map(present -> recipient(clusterId, present.personId(), present.name()))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Recipient::name))
			.toList();
	}

	private record Present(UUID personId, String name) {
	}

	/** Everyone on the body on the day (every role), by name. */
	List<Recipient> bodyMembers(UUID clusterId, UUID bodyId, LocalDate day) {
		Set<UUID> seen = new HashSet<>();
		return bodies.membersOn(clusterId, bodyId, day)
			.stream()
			.filter(member -> member.personId() != null && seen.add(member.personId()))
			.map(member -> recipient(clusterId, member.personId(), member.name()))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Recipient::name))
			.toList();
	}

	/** Whether an account of the person is staff: they read a meeting as staff do. */
	boolean isStaff(UUID clusterId, UUID personId) {
		return accounts.isStaff(clusterId, personId);
	}

	/**
	 * A person with an e-mail address: their own in the registry, else their account's.
	 */
	Optional<Recipient> person(UUID clusterId, UUID personId) {
		return registry.person(clusterId, personId).flatMap(person -> recipient(clusterId, personId, person.name()));
	}

	private Optional<Recipient> recipient(UUID clusterId, UUID personId, String name) {
		Optional<AccountContacts.AccountContact> account = accounts.of(clusterId, personId);
		Optional<String> email = registry.emailOf(clusterId, personId)
			.or(() -> account.map(AccountContacts.AccountContact::email));
		String language = account.map(AccountContacts.AccountContact::preferredLanguage)
			.orElseGet(() -> clusters.get(clusterId).defaultLanguage());
		return email.map(address -> new Recipient(personId, name, address, language));
	}

	/** The e-mail of the body's sekretariat on the day, if one is registered. */
	Optional<String> secretariatEmail(UUID clusterId, UUID bodyId, LocalDate day) {
		return bodies.membersOn(clusterId, bodyId, day)
			.stream()
			.filter(member -> member.role() == MembershipRole.SECRETARIAT)
			.map(member -> registry.emailOf(clusterId, member.personId()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * Meetings (not older than {@code from}) of the bodies the person is on; all of them
	 * for staff. Needs the cluster context.
	 */
	List<UUID> feedMeetings(UUID clusterId, UUID personId, boolean staff, LocalDate from) {
		if (staff) {
			return meetings.between(from, from.plusYears(100)).stream().map(Meeting::id).toList();
		}
		if (personId == null) {
			return List.of();
		}
		return jdbc.sql("""
				select meeting_id from meeting_v
				where cluster_id = ? and meeting_date >= ? and body_id in (
				      select body_id from membership_v where cluster_id = ? and person_id = ?
				        and (valid_to is null or valid_to >= ?))
				order by meeting_date""").params(clusterId, from, clusterId, personId, from).query(UUID.class).list();
	}

	/** The account behind a feed token: its person and whether it is staff. */
	record FeedOwner(UUID clusterId, UUID accountId, UUID personId, boolean staff) {
	}

	private record LiveToken(UUID clusterId, UUID accountId) {
	}

	Optional<FeedOwner> feedOwner(String tokenHash) {
		return jdbc.sql("select cluster_id, account_id from calendar_token where token_hash = ? and revoked_at is null")
			.param(tokenHash)
			.query(LiveToken.class)
			.optional()
			.flatMap(token -> accounts.enabledAccount(token.clusterId(), token.accountId())
				.map(account -> new FeedOwner(token.clusterId(), token.accountId(), account.personId(),
						account.staff())));
	}

	/**
	 * Meetings on the given day that are summoned (for reminders); needs the cluster
	 * context.
	 */
	List<UUID> summonedMeetingsOn(LocalDate day) {
		return meetings.between(day, day)
			.stream()
			.filter(meeting -> meeting.status() == MeetingStatus.SUMMONED)
			.map(Meeting::id)
			.toList();
	}

}
