package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Forgotten password end to end, with GreenMail as the SMTP server. */
@KlyngeIntegrationTest
class PasswordResetTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern RESET_LINK = Pattern.compile("http://localhost:8080(/password/reset/[A-Za-z0-9_-]{43})");

	static final String SENT = "Hvis det finnes en aktiv konto med denne e-postadressen eller dette brukernavnet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	ResetThrottle resetThrottle;

	String username;

	UUID id;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	/**
	 * The mails sent so far: a marker queued now has arrived, so nothing queued before is
	 * still on its way.
	 */
	private boolean toThisAccount(MimeMessage mail) {
		try {
			return java.util.Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().contains(username));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

	List<MimeMessage> allSentSoFar() {
		return MailMarker.allSentSoFar(mailer, sender, greenMail, TestAccounts.ALREK);
	}

	@BeforeEach
	void activeAccount() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		username = TestAccounts.uniqueUsername("glemsk");
		id = TestAccounts.active(jdbc, encoder, username, "gammelt passord");
	}

	@AfterEach
	void forgetFailedLogins() {
		throttle.clear();
		resetThrottle.clear();
	}

	@Test
	void resetByEmailMailsALinkThatSetsANewPassword() throws Exception {
		mvc.perform(post("/password/forgotten").with(csrf())
			.param("identifier", username.toUpperCase() + "@TEST.example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SENT)));

		MimeMessage mail = onlyMail();
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly(username + "@test.example.org");
		assertThat(mail.getSubject()).isEqualTo("Nytt passord for Alrek helseklynge");
		String link = link((String) mail.getContent());

		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(username)));
		mvc.perform(post(link).with(csrf()).param("password", "nytt passord!").param("repeat", "nytt passord?"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Passordene er ikke like.")));
		mvc.perform(post(link).with(csrf()).param("password", username).param("repeat", username))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Passordet kan ikke være det samme som brukernavnet.")));
		mvc.perform(post(link).with(csrf()).param("password", "nytt passord!").param("repeat", "nytt passord!"))
			.andExpect(redirectedUrl("/login?reset"));

		mvc.perform(formLogin("/login").user(username).password("gammelt passord")).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(username).password("nytt passord!"))
			.andExpect(authenticated().withUsername(username));
		mvc.perform(get(link)).andExpect(status().isGone());
	}

	@Test
	void resetByUsernameWorksToo() throws Exception {
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", " " + username + " "))
			.andExpect(status().isOk());
		assertThat(link((String) onlyMail().getContent())).startsWith("/password/reset/");
	}

	@Test
	void unknownAddressGetsTheSamePageAndNoMail() throws Exception {
		String known = mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		greenMail.purgeEmailFromAllMailboxes();

		String unknown = mvc
			.perform(post("/password/forgotten").with(csrf()).param("identifier", "ingen@ingensteds.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(withoutCsrf(unknown)).isEqualTo(withoutCsrf(known)).contains(SENT);
		assertThat(allSentSoFar()).isEmpty();
	}

	@Test
	void disabledAndInvitedAccountsGetNoResetMail() throws Exception {
		jdbc.sql("update account set enabled = false where id = ?").param(id).update();
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SENT)));
		assertThat(allSentSoFar()).isEmpty();
	}

	@Test
	void anExpiredLinkGivesAFriendlyGonePage() throws Exception {
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username));
		String link = link((String) onlyMail().getContent());
		jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where account_id = ?")
			.param(id)
			.update();

		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Lenken virker ikke")))
			.andExpect(content().string(containsString("href=\"/password/forgotten\"")));
		mvc.perform(post(link).with(csrf()).param("password", "nytt passord!").param("repeat", "nytt passord!"))
			.andExpect(status().isGone());
		mvc.perform(formLogin("/login").user(username).password("gammelt passord"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void anUnknownLinkGivesAFriendlyNotFoundPage() throws Exception {
		mvc.perform(get("/password/reset/{token}", "finnes-ikke"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Lenken virker ikke")));
		mvc.perform(get("/invitation/{token}", "finnes-ikke")).andExpect(status().isNotFound());
		mvc.perform(
				post("/password/reset/{token}", "finnes-ikke").with(csrf()).param("password", "x").param("repeat", "y"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewResetLinkWithdrawsTheEarlierOnes() throws Exception {
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username));
		String first = link((String) onlyMail().getContent());
		greenMail.purgeEmailFromAllMailboxes();
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username));
		String second = link((String) onlyMail().getContent());

		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(post(second).with(csrf()).param("password", "nytt passord!").param("repeat", "nytt passord!"))
			.andExpect(redirectedUrl("/login?reset"));
	}

	@Test
	void aFloodOfRequestsSendsThreeMailsAndTheLastLinkKeepsWorking() throws Exception {
		for (int i = 0; i < 30; i++) {
			String address = "10.55.0." + (i % 3);
			mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username).with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andExpect(status().isOk()).andExpect(content().string(containsString(SENT)));
		}
		// only this account's mails: another test's queued mail may go out meanwhile
		List<MimeMessage> received = allSentSoFar().stream().filter(this::toThisAccount).toList();
		assertThat(received).hasSize(ResetThrottle.PER_IDENTIFIER);
		String last = link((String) received.getLast().getContent());
		mvc.perform(post(last).with(csrf()).param("password", "nytt passord!").param("repeat", "nytt passord!"))
			.andExpect(redirectedUrl("/login?reset"));
	}

	@Test
	void anEmptyRequestIsShownBesideTheField() throws Exception {
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"identifier-error\"")));
	}

	private static String withoutCsrf(String page) {
		return page.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
	}

	static MimeMessage onlyMail() {
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).as("a mail arrived").isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	static String link(String text) {
		Matcher matcher = RESET_LINK.matcher(text);
		assertThat(matcher.find()).as("link in: " + text).isTrue();
		return matcher.group(1);
	}

}
