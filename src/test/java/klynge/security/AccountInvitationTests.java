package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations end to end, with GreenMail as the SMTP server. */
@KlyngeIntegrationTest
class AccountInvitationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern INVITATION_LINK = Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void invitedUserGetsTheLinkChoosesAPasswordAndLogsInWithTheRolesGiven() throws Exception {
		String username = TestAccounts.uniqueUsername("ny");
		String email = username + "@alrek.example.org";
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", email)
			.param("username", username)
			.param("secretariat", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(flash().attribute("flash", "account.invited"));

		MimeMessage mail = onlyMail();
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(email);
		assertThat(mail.getSubject()).isEqualTo("Invitasjon til Alrek helseklynge");
		String text = (String) mail.getContent();
		assertThat(text).contains("brukernavnet " + username).contains("72 timer");
		String link = link(text, INVITATION_LINK);

		assertThat(accountStatus(username)).isEqualTo("invitert");
		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content()
				.string(containsString("<label for=\"password\" class=\"ds-label\">Nytt passord</label>")));
		mvc.perform(post(link).with(csrf()).param("password", "et langt passord").param("repeat", "et langt passord"))
			.andExpect(redirectedUrl("/login?activated"));
		mvc.perform(get("/login").param("activated", ""))
			.andExpect(content().string(containsString("Kontoen er aktivert.")));

		mvc.perform(formLogin("/login").user(username).password("et langt passord"))
			.andExpect(authenticated().withUsername(username).withRoles(Roles.SECRETARIAT));
		assertThat(accountStatus(username)).isEqualTo("aktiv");
		String hash = jdbc.sql("select password_hash from account where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2");

		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Lenken virker ikke")));
		mvc.perform(post(link).with(csrf()).param("password", "et annet passord").param("repeat", "et annet passord"))
			.andExpect(status().isGone());
	}

	@Test
	void passwordRulesAreShownBesideTheFieldAndNothingIsSpent() throws Exception {
		String link = invite(TestAccounts.uniqueUsername("regler"), "");
		mvc.perform(post(link).with(csrf()).param("password", "kort").param("repeat", "kort"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Passordet må ha minst 10 tegn.")))
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post(link).with(csrf()).param("password", "et langt passord").param("repeat", "noe annet her"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"repeat-error\"")))
			.andExpect(content().string(containsString("Passordene er ikke like.")));
		mvc.perform(post(link).with(csrf()).param("password", "et langt passord").param("repeat", "et langt passord"))
			.andExpect(redirectedUrl("/login?activated"));
	}

	@Test
	void mailIsInTheChosenLanguageOrTheClusterDefault() throws Exception {
		invite(TestAccounts.uniqueUsername("nynorsk"), "nn");
		assertThat((String) onlyMail().getContent()).contains("brukarnamnet").contains("72 timar");
		greenMail.purgeEmailFromAllMailboxes();

		invite(TestAccounts.uniqueUsername("english"), "en");
		assertThat(onlyMail().getSubject()).isEqualTo("Invitation to Alrek helseklynge");
		greenMail.purgeEmailFromAllMailboxes();

		// Helseklynge Nord writes nynorsk by default.
		String username = TestAccounts.uniqueUsername("nord");
		mvc.perform(post("/accounts").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("email", username + "@nord.example.org")
			.param("username", username)).andExpect(redirectedUrl("/accounts"));
		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo("Invitasjon til Helseklynge Nord (demo)");
		assertThat((String) mail.getContent()).contains("brukarnamnet " + username);
	}

	@Test
	void resendingAnInvitationMailsANewLinkAndTheOldOneStopsWorking() throws Exception {
		String username = TestAccounts.uniqueUsername("igjen");
		String first = invite(username, "");
		greenMail.purgeEmailFromAllMailboxes();
		UUID id = TestAccounts.idOf(jdbc, username);

		mvc.perform(post("/accounts/{id}/invitation", id).with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(flash().attribute("flash", "account.reinvited"));
		String second = link((String) onlyMail().getContent(), INVITATION_LINK);

		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void anAccountThatHasAPasswordCannotBeInvitedAgain() throws Exception {
		UUID medlem = TestAccounts.idOf(jdbc, "medlem");
		mvc.perform(post("/accounts/{id}/invitation", medlem).with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void invalidInputIsShownBesideTheFieldsAndNothingIsSaved() throws Exception {
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", "ikke-en-adresse")
			.param("username", "Ola Nordmann!"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("Ugyldig e-postadresse.")))
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("Bruk bare små bokstaver")));
		assertThat(
				jdbc.sql("select count(*) from account where email = 'ikke-en-adresse'").query(Integer.class).single())
			.isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void duplicateUsernameOrEmailIsRefusedBesideTheField() throws Exception {
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", "ny.adresse@example.org")
			.param("username", "Medlem"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("Brukernavnet «medlem» er allerede i bruk.")));
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", "GY@alrek.example.org")
			.param("username", TestAccounts.uniqueUsername("dup")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("er allerede knyttet til en konto i klyngen")));
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("lang", "en")
			.param("email", "ny2.adresse@example.org")
			.param("username", "medlem"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The username &quot;medlem&quot; is already taken.")));
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void invitationCanLinkAPersonShownInTheList() throws Exception {
		UUID gg = jdbc.sql("select id from person where cluster_id = ? and code = 'GG'")
			.param(TestAccounts.ALREK)
			.query(UUID.class)
			.single();
		String username = TestAccounts.uniqueUsername("greve");
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", username + "@uib.example.org")
			.param("username", username)
			.param("personId", gg.toString())).andExpect(redirectedUrl("/accounts"));
		mvc.perform(get("/accounts").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gottfried Greve")))
			.andExpect(content().string(containsString("Kristin Walter")))
			.andExpect(content().string(containsString("<caption>Brukerkontoer i klyngen</caption>")));
	}

	@Test
	void aPersonOfAnotherClusterCannotBeLinked() throws Exception {
		UUID nordPerson = jdbc.sql("select id from person where cluster_id = ? and code = 'OB'")
			.param(TestAccounts.NORD)
			.query(UUID.class)
			.single();
		String username = TestAccounts.uniqueUsername("feil");
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", username + "@example.org")
			.param("username", username)
			.param("personId", nordPerson.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"personId-error\"")))
			.andExpect(content().string(not(containsString("Ola Berg"))));
	}

	private String invite(String username, String language) throws Exception {
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", username + "@example.org")
			.param("username", username)
			.param("language", language)).andExpect(redirectedUrl("/accounts"));
		return link((String) onlyMail().getContent(), INVITATION_LINK);
	}

	private String accountStatus(String username) throws Exception {
		boolean[] row = jdbc.sql("select enabled, password_hash is not null from account where username = ?")
			.param(username)
			.query((rs, n) -> new boolean[] { rs.getBoolean(1), rs.getBoolean(2) })
			.single();
		return !row[0] ? "deaktivert" : row[1] ? "aktiv" : "invitert";
	}

	static MimeMessage onlyMail() {
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).as("a mail arrived").isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	static String link(String text, Pattern pattern) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("link in: " + text).isTrue();
		return matcher.group(1);
	}

}
