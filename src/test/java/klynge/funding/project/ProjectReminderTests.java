package klynge.funding.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.Clusters;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily reminders, through the outbox to GreenMail: a report due soon and an overdue
 * one are mailed to the applicant with a link to the project; a second run the same day
 * sends nothing more; a submitted report and one whose window has not opened get none.
 */
@KlyngeIntegrationTest
class ProjectReminderTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportReminders reminders;

	@Autowired
	Clusters clusters;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	ProjectFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new ProjectFixtures(jdbc);
		greenMail.purgeEmailFromAllMailboxes();
	}

	private UUID project(String title) throws Exception {
		UUID project = fixtures.newProject("soker", title);
		mvc.perform(get("/api/v1/projects/" + project).with(httpBasic("soker", "demo"))).andExpect(status().isOk());
		return project;
	}

	@Test
	void dueSoonAndOverdueAreRemindedOnceADayAndSubmittedNever() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.of(2040, 5, 10);
		UUID soon = project("Snart frist " + run);
		UUID late = project("Forfalt " + run);
		UUID done = project("Levert " + run);
		UUID far = project("Lang tid " + run);
		// every report of this cluster outside the window, then ours where we want them
		fixtures.due(fixtures.report(soon, ReportKind.PROGRESS), today.plusDays(5));
		fixtures.due(fixtures.report(soon, ReportKind.FINAL), today.plusYears(1));
		fixtures.due(fixtures.report(late, ReportKind.PROGRESS), today.minusDays(3));
		fixtures.due(fixtures.report(late, ReportKind.FINAL), today.plusYears(1));
		UUID submitted = fixtures.report(done, ReportKind.PROGRESS);
		fixtures.due(submitted, today.minusDays(1));
		fixtures.due(fixtures.report(done, ReportKind.FINAL), today.plusYears(1));
		fixtures.due(fixtures.report(far, ReportKind.PROGRESS), today.plusDays(60));
		fixtures.due(fixtures.report(far, ReportKind.FINAL), today.plusYears(1));
		mvc.perform(post("/api/v1/projects/{p}/reports/{r}/submit", done, submitted).with(httpBasic("soker", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Levert i tide\"}")).andExpect(status().isOk());

		reminders.remind(clusters.get(ProjectFixtures.ALREK), today);
		reminders.remind(clusters.get(ProjectFixtures.ALREK), today);
		List<MimeMessage> ours = mails(run);
		assertThat(ours).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder(
					"Påminnelse: Framdriftsrapport for «Snart frist " + run + "» har frist 15.05.2040",
					"Forfalt: Framdriftsrapport for «Forfalt " + run + "» (frist 07.05.2040)");
		assertThat(ours).allSatisfy(mail -> assertThat(MailMarker.to(mail)).isEqualTo("sok@alrek.example.org"));
		assertThat(ours).anySatisfy(mail -> assertThat((String) mail.getContent()).contains("/prosjekter/" + late));

		// the next day: no second mail yet (once a week), a week later the overdue one
		// again
		reminders.remind(clusters.get(ProjectFixtures.ALREK), today.plusDays(1));
		assertThat(mails(run)).isEmpty();
		reminders.remind(clusters.get(ProjectFixtures.ALREK), today.plusDays(7));
		assertThat(mails(run)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Forfalt: Framdriftsrapport for «Snart frist " + run + "» (frist 15.05.2040)",
					"Forfalt: Framdriftsrapport for «Forfalt " + run + "» (frist 07.05.2040)");
		assertThat(jdbc.sql("select count(*) from project_report_reminder where report_id = ?")
			.param(submitted)
			.query(Integer.class)
			.single()).isZero();
	}

	private List<MimeMessage> mails(String run) throws Exception {
		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, ProjectFixtures.ALREK);
		greenMail.purgeEmailFromAllMailboxes();
		return sent.stream().filter(mail -> {
			try {
				return mail.getSubject().contains(run);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
