package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Single sign-on against a real OpenID Connect provider ({@link TestOpenIdProvider}), the
 * browser's part at the provider played by an HTTP client: who gets in (the verified
 * address of a person with an account, with that account's roles), who does not (an
 * unknown or unverified address: a clear page and no session), that a login belongs to
 * the cluster whose host started it, and that the client secret never comes back out.
 */
@KlyngeIntegrationTest
class SignOnTests {

	/** Klynge as the tests reach it: a host that maps to no cluster, so Alrek. */
	static final String ALREK_HOST = "http://127.0.0.1";

	static final String NORD_HOST = "nord.sso.test";

	static TestOpenIdProvider provider;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountUserDetailsService accounts;

	UUID providerId;

	String clientId;

	@BeforeAll
	static void startProvider() {
		provider = TestOpenIdProvider.start();
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
		}
	}

	@BeforeEach
	void alrekTrustsTheProvider() throws Exception {
		clientId = "klynge-" + UUID.randomUUID();
		// the redirect URI is known only once the provider is saved in Klynge
		String secret = "secret-" + UUID.randomUUID();
		mvc.perform(post("/settings/sign-on").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("name", "Testleverandør " + clientId)
			.param("issuer", provider.issuer())
			.param("clientId", clientId)
			.param("clientSecret", secret)
			.param("emailClaim", "email")).andExpect(status().is3xxRedirection());
		providerId = jdbc.sql("select id from sign_on_provider where client_id = ?")
			.param(clientId)
			.query(UUID.class)
			.single();
		provider.client(clientId, secret, ALREK_HOST + "/login/oauth2/code/" + providerId);
		jdbc.sql("update cluster set host_name = ? where short_name = 'nord'").param(NORD_HOST).update();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from sign_on_provider where id = ?").param(providerId).update();
		jdbc.sql("update cluster set host_name = null where short_name = 'nord'").update();
	}

	@Test
	void theLoginPageOffersTheClustersProvidersOnly() throws Exception {
		String alrek = mvc.perform(get(URI.create(ALREK_HOST + "/login")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(alrek).contains("Logg inn med Testleverandør " + clientId)
			.contains("/oauth2/authorization/" + providerId);

		String nord = mvc.perform(get(URI.create("http://" + NORD_HOST + "/login")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nord).doesNotContain(providerId.toString()).doesNotContain("Testleverandør");
	}

	@Test
	void aVerifiedAddressOfAPersonWithAnAccountLogsInAsThatAccountWithItsRoles() throws Exception {
		MockHttpSession session = logInAtProvider("gunnar", ALREK_HOST);

		KlyngeUser user = principal(session);
		assertThat(user.getUsername()).isEqualTo("medlem");
		KlyngeUser byPassword = (KlyngeUser) accounts.loadUserByUsername("medlem");
		assertThat(user.roles()).isEqualTo(byPassword.roles()).contains(Roles.MEMBER);
		assertThat(user.getAuthorities().stream().map(Object::toString).toList())
			.containsExactlyInAnyOrderElementsOf(byPassword.getAuthorities().stream().map(Object::toString).toList());
		String home = mvc.perform(get(URI.create(ALREK_HOST + "/")).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("<span class=\"who\">Gunnar Yttri</span>"); // medlem,
																				// by name

		MockHttpServletResponse logout = mvc
			.perform(post(URI.create(ALREK_HOST + "/logout")).session(session).with(csrf()).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(logout.getStatus()).as("logout answered %s %s", logout.getStatus(), logout.getErrorMessage())
			.isEqualTo(302);
		assertThat(logout.getRedirectedUrl()).endsWith("/login?logout");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void anAddressWithoutAnAccountGetsAClearPageAndNoSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse callback = finish(session, "stranger", ALREK_HOST);

		assertThat(callback.getRedirectedUrl()).isEqualTo("/login/sso/refused");
		assertThat(session.isInvalid()).isTrue();
		String page = mvc.perform(get(URI.create(ALREK_HOST + "/login/sso/refused")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Ingen konto for denne e-postadressen")
			.contains("Alrek")
			.contains("Du er ikke logget inn i Klynge");
		String english = mvc.perform(get(URI.create(ALREK_HOST + "/login/sso/refused?lang=en")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("No account for this e-mail address");
		assertThat(jdbc.sql("select count(*) from account where lower(email) = 'stranger@example.org'")
			.query(Integer.class)
			.single()).as("no account is ever created by a login").isZero();
	}

	@Test
	void anUnverifiedAddressIsRefusedEvenWhenItMatches() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse callback = finish(session, "unverified", ALREK_HOST);

		assertThat(callback.getRedirectedUrl()).isEqualTo("/login/sso/refused?unverified");
		assertThat(session.isInvalid()).isTrue();
		String page = mvc.perform(get(URI.create(ALREK_HOST + "/login/sso/refused?unverified")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("E-postadressen er ikke bekreftet");
	}

	@Test
	void anotherClustersHostNeitherStartsNorFinishesTheLogin() throws Exception {
		MvcResult start = mvc.perform(get(URI.create("http://" + NORD_HOST + "/oauth2/authorization/" + providerId)))
			.andReturn();
		assertThat(start.getResponse().getRedirectedUrl()).isEqualTo("/login?sso=failed");

		// started on Alrek's host, sent back to Nord's with the same session
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse callback = finish(session, "gunnar", "http://" + NORD_HOST);
		assertThat(callback.getRedirectedUrl()).isEqualTo("/login?sso=failed");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void theSecretIsNeverShownAuditedOrExported() throws Exception {
		String secret = jdbc.sql("select client_secret from sign_on_provider where id = ?")
			.param(providerId)
			.query(String.class)
			.single();
		String list = admin(get("/settings/sign-on"));
		String edit = admin(get("/settings/sign-on/" + providerId));
		assertThat(list).contains(clientId).contains("/login/oauth2/code/" + providerId).doesNotContain(secret);
		assertThat(edit).contains(clientId).doesNotContain(secret).doesNotContain("secret-");
		assertThat(jdbc.sql("select count(*) from audit_log where table_name = 'sign_on_provider' and row_id = ?")
			.param(providerId.toString())
			.query(Integer.class)
			.single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_log where (before::text || after::text) like '%secret-%'")
			.query(Integer.class)
			.single()).isZero();

		// an edit with the secret left empty keeps it
		mvc.perform(post("/settings/sign-on/" + providerId).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("name", "Omdøpt " + clientId)
			.param("issuer", provider.issuer())
			.param("clientId", clientId)
			.param("clientSecret", "")
			.param("emailClaim", "email")
			.param("version", String.valueOf(version()))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select client_secret from sign_on_provider where id = ?")
			.param(providerId)
			.query(String.class)
			.single()).isEqualTo(secret);
		assertThat(principal(logInAtProvider("gunnar", ALREK_HOST)).getUsername()).isEqualTo("medlem");
	}

	@Test
	void anUnreachableOrMalformedIssuerIsRefusedBesideTheField() throws Exception {
		MockHttpServletResponse unreachable = mvc
			.perform(post("/settings/sign-on").with(httpBasic("admin", "demo"))
				.with(csrf())
				.param("name", "Borte")
				.param("issuer", "http://127.0.0.1:9/realms/none")
				.param("clientId", "x")
				.param("clientSecret", "y"))
			.andReturn()
			.getResponse();
		assertThat(unreachable.getStatus()).isEqualTo(422);
		assertThat(unreachable.getContentAsString())
			.contains("Fant ingen OpenID Connect-tilbyder på http://127.0.0.1:9/realms/none");

		MockHttpServletResponse plainHttp = mvc
			.perform(post("/settings/sign-on").with(httpBasic("admin", "demo"))
				.with(csrf())
				.param("name", "Usikker")
				.param("issuer", "http://sso.example.org")
				.param("clientId", "x")
				.param("clientSecret", "y"))
			.andReturn()
			.getResponse();
		assertThat(plainHttp.getStatus()).isEqualTo(422);
		assertThat(plainHttp.getContentAsString()).contains("Skriv en https-adresse");
		assertThat(jdbc.sql("select count(*) from sign_on_provider where name in ('Borte', 'Usikker')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void testingDiscoverySaysWhetherTheProviderAnswers() throws Exception {
		String ok = admin(post("/settings/sign-on/" + providerId + "/discovery").with(csrf()));
		assertThat(ok).contains("svarte med gyldige OpenID Connect-opplysninger");

		jdbc.sql("update sign_on_provider set issuer = 'http://127.0.0.1:9' where id = ?").param(providerId).update();
		String failed = admin(post("/settings/sign-on/" + providerId + "/discovery").with(csrf()));
		assertThat(failed).contains("Fant ingen OpenID Connect-tilbyder på http://127.0.0.1:9");

		MockHttpServletResponse login = mvc.perform(get(URI.create(ALREK_HOST + "/oauth2/authorization/" + providerId)))
			.andReturn()
			.getResponse();
		assertThat(login.getRedirectedUrl()).isEqualTo("/login?sso=unreachable");
		String page = mvc.perform(get(URI.create(ALREK_HOST + "/login?sso=unreachable")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Innloggingstjenesten svarer ikke akkurat nå");
	}

	@Test
	void aPasswordLoginStillWorksBesideIt() throws Exception {
		mvc.perform(formLogin("/login").user("medlem").password("demo"))
			.andExpect(
					org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated()
						.withUsername("medlem"));
	}

	private int version() {
		return jdbc.sql("select version from sign_on_provider where id = ?")
			.param(providerId)
			.query(Integer.class)
			.single();
	}

	private String admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString();
	}

	/** The whole login: Klynge → provider's form → back to Klynge on {@code host}. */
	private MockHttpSession logInAtProvider(String username, String host) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse callback = finish(session, username, host);
		assertThat(callback.getRedirectedUrl()).isEqualTo("/");
		return session;
	}

	private MockHttpServletResponse finish(MockHttpSession session, String username, String host) throws Exception {
		MockHttpServletResponse start = mvc
			.perform(get(URI.create(ALREK_HOST + "/oauth2/authorization/" + providerId)).session(session))
			.andReturn()
			.getResponse();
		assertThat(start.getRedirectedUrl()).startsWith(provider.issuer() + "/oauth2/authorize");
		URI back = provider.logIn(start.getRedirectedUrl(), username);
		assertThat(back.toString()).startsWith(ALREK_HOST + "/login/oauth2/code/" + providerId + "?code=");
		URI callback = URI.create(host + back.getRawPath() + "?" + back.getRawQuery());
		return mvc.perform(get(callback).session(session)).andReturn().getResponse();
	}

	private static KlyngeUser principal(MockHttpSession session) {
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context).as("a Klynge session").isNotNull();
		return (KlyngeUser) context.getAuthentication().getPrincipal();
	}

}
