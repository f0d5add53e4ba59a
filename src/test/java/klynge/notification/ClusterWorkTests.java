package klynge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.cluster.CurrentCluster;
import klynge.meeting.MeetingViews;
import klynge.meeting.MeetingSummoned;
import klynge.security.CurrentUser;
import klynge.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Work outside a request runs for one cluster through {@link ClusterScope}: the daily
 * reminder job and the summons listener, each run for Alrek and for Helseklynge Nord, see
 * only their own cluster's meetings and people, even when run on a thread where another
 * cluster's user is logged in.
 */
@KlyngeIntegrationTest
class ClusterWorkTests {

	static final UUID ALREK = NotificationFixtures.ALREK;

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	MeetingMails mails;

	@Autowired
	MeetingViews pages;

	@Autowired
	CurrentCluster currentCluster;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService accounts;

	/** A day of its own for each test run: 2090–2098. */
	final LocalDate today = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3200));

	@AfterEach
	void leaveTheRequest() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	record Summons(UUID meeting, UUID body, String email) {
	}

	/**
	 * A summoned meeting of the cluster's Partnermøte/Partnarmøte with one new person
	 * summoned.
	 */
	Summons summoned(UUID clusterId, LocalDate day) {
		String email = "cluster-work-" + UUID.randomUUID() + "@example.org";
		String code = "Q" + ThreadLocalRandom.current()
			.ints(5, 'A', 'Z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		UUID person = jdbc.sql("insert into person (cluster_id, name, code, email) values (?, ?, ?, ?) returning id")
			.params(clusterId, "Test " + code, code, email)
			.query(UUID.class)
			.single();
		UUID body = jdbc
			.sql("""
					select body_id from body_name where cluster_id = ? and name in ('Partnermøtet', 'Partnarmøtet') limit 1""")
			.param(clusterId)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, status)
				values (?, ?, ?, '14:00', '16:00', 'SUMMONED') returning id""")
			.params(clusterId, body, day)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into attendance (cluster_id, meeting_id, section, person_id, summoned, sort_order)
				values (?, ?, 'MEMBER', ?, true, 0)""").params(clusterId, meeting, person).update();
		return new Summons(meeting, body, email);
	}

	/** The clusters of the mails queued to the address. */
	List<UUID> outbox(String email) {
		return jdbc.sql("select cluster_id from mail_outbox where recipient = ?").param(email).query(UUID.class).list();
	}

	/**
	 * An Alrek administrator's request on this thread, its cluster already worked out.
	 */
	void asAlrekAdministrator() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		var admin = accounts.loadUserByUsername("admin@alrek");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		assertThat(currentCluster.id()).isEqualTo(ALREK);
		assertThat(currentUser.isStaff()).isTrue();
	}

	@Test
	void theReminderJobRemindsEachClusterOfItsOwnMeetingsOnly() {
		Summons alrek = summoned(ALREK, today.plusDays(2));
		Summons nord = summoned(NORD, today.plusDays(2));

		reminders.remind(NORD, today);
		assertThat(outbox(nord.email())).containsExactly(NORD);
		assertThat(outbox(alrek.email())).as("Nord's run does not see Alrek's meeting").isEmpty();

		reminders.remind(ALREK, today);
		assertThat(outbox(alrek.email())).containsExactly(ALREK);
		assertThat(outbox(nord.email())).as("Alrek's run does not see Nord's meeting").containsExactly(NORD);
	}

	@Test
	void theReminderJobRunsForItsClusterInsideAnotherClustersRequest() {
		Summons alrek = summoned(ALREK, today.plusDays(2));
		Summons nord = summoned(NORD, today.plusDays(2));
		asAlrekAdministrator();

		reminders.remind(NORD, today);

		assertThat(outbox(nord.email())).containsExactly(NORD);
		assertThat(outbox(alrek.email())).isEmpty();
		assertThat(currentCluster.id()).as("the request's own cluster afterwards").isEqualTo(ALREK);
	}

	/**
	 * The listener runs after the commit, on its own thread (Spring Modulith's async
	 * listeners): wait for it.
	 */
	List<UUID> awaitOutbox(String email) throws InterruptedException {
		for (int i = 0; i < 100 && outbox(email).isEmpty(); i++) {
			Thread.sleep(100);
		}
		return outbox(email);
	}

	@Test
	void theSummonsListenerWorksInTheEventsClusterOnly() throws Exception {
		Summons alrek = summoned(ALREK, today.plusDays(9));
		Summons nord = summoned(NORD, today.plusDays(9));
		asAlrekAdministrator();

		mails.on(new MeetingSummoned(NORD, nord.meeting(), nord.body()));
		assertThat(awaitOutbox(nord.email())).containsExactly(NORD);
		assertThat(jdbc.sql("select subject from mail_outbox where recipient = ?")
			.param(nord.email())
			.query(String.class)
			.single()).contains("Partnarmøtet");

		mails.on(new MeetingSummoned(ALREK, alrek.meeting(), alrek.body()));
		assertThat(awaitOutbox(alrek.email())).containsExactly(ALREK);
		assertThat(outbox(nord.email())).as("Alrek's summons does not reach Nord's people").containsExactly(NORD);

		assertThat(currentCluster.id()).isEqualTo(ALREK);
		assertThat(currentUser.isStaff()).as("the administrator is still logged in after the listener").isTrue();
	}

	@Test
	void anotherClustersMeetingIsNotFoundInsideTheScope() {
		Summons alrek = summoned(ALREK, today.plusDays(11));
		asAlrekAdministrator();

		assertThat(pages.of(alrek.meeting()).meeting().id()).isEqualTo(alrek.meeting());
		assertThat(catchThrowable(() -> ClusterScope.run(NORD, () -> pages.of(alrek.meeting()))))
			.as("work for Nord cannot read Alrek's meeting, whoever is logged in on the thread")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theScopeDoesNotFollowWorkIntoAnotherThreadButIsBoundThere() throws Exception {
		ClusterScope.run(NORD, () -> {
			assertThat(currentCluster.id()).isEqualTo(NORD);
			assertThat(currentUser.get()).isEmpty();
			Thread unbound = Thread.ofVirtual().start(() -> assertThat(ClusterScope.current()).isEmpty());
			join(unbound);
			Thread bound = Thread.ofVirtual()
				.start(() -> ClusterScope.run(ALREK, () -> assertThat(currentCluster.id()).isEqualTo(ALREK)));
			join(bound);
			assertThat(ClusterScope.call(ALREK, currentCluster::id)).isEqualTo(ALREK);
			assertThat(currentCluster.id()).isEqualTo(NORD);
		});
		assertThat(ClusterScope.current()).isEmpty();
	}

	static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
