package klynge.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization
 * Server (part of Spring Security 7, the version Klynge runs on) in an embedded Tomcat on
 * a random port of {@code localhost}, with its own login form and these users (password
 * {@value #PASSWORD}):
 * <ul>
 * <li>{@code gunnar}: gy@alrek.example.org, verified (Gunnar Yttri, the demo
 * {@code medlem});</li>
 * <li>{@code stranger}: stranger@example.org, verified, nobody in Klynge;</li>
 * <li>{@code unverified}: gy@alrek.example.org, but {@code email_verified} false.</li>
 * </ul>
 * Chosen over Keycloak's distribution: it starts in about a second inside the test JVM,
 * needs no download beyond a Maven dependency of the Spring Security we already use, and
 * speaks the same discovery, authorization code, ID token and userinfo protocol. It runs
 * on {@code localhost} while Klynge is reached as {@code 127.0.0.1}, so the two sites
 * keep their session cookies apart in one browser (cookies ignore the port), and Spring
 * Authorization Server refuses {@code localhost} redirect URIs anyway (RFC 8252).
 */
public final class TestOpenIdProvider implements AutoCloseable {

	public static final String PASSWORD = "provider-pw";

	static final Map<String, Map<String, Object>> USERS = Map.of("gunnar",
			Map.of("email", "gy@alrek.example.org", "email_verified", true, "name", "Gunnar Yttri"), "stranger",
			Map.of("email", "stranger@example.org", "email_verified", true, "name", "Ukjent Person"), "unverified",
			Map.of("email", "gy@alrek.example.org", "email_verified", false, "name", "Ikke Bekreftet"));

	private final Tomcat tomcat;

	private final AnnotationConfigWebApplicationContext context;

	private final Clients clients;

	private final String issuer;

	private TestOpenIdProvider(Tomcat tomcat, AnnotationConfigWebApplicationContext context, String issuer) {
		this.tomcat = tomcat;
		this.context = context;
		this.clients = context.getBean(Clients.class);
		this.issuer = issuer;
	}

	public static TestOpenIdProvider start() {
		Tomcat tomcat = new Tomcat();
		try {
			tomcat.setBaseDir(Files.createTempDirectory("klynge-oidc-").toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		tomcat.setPort(0);
		AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
		context.register(ProviderConfiguration.class);
		Context web = tomcat.addContext("", null);
		web.addServletContainerInitializer((classes, servletContext) -> {
			context.setServletContext(servletContext);
			context.refresh();
			FilterRegistration.Dynamic security = servletContext.addFilter("springSecurityFilterChain",
					new DelegatingFilterProxy("springSecurityFilterChain", context));
			security.addMappingForUrlPatterns(null, false, "/*");
			// everything the provider answers is a filter; the rest is 404
			servletContext.addServlet("nothing", new HttpServlet() {
				@Override
				protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
					response.sendError(404);
				}
			}).addMapping("/");
		}, null);
		try {
			tomcat.start();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException(ex);
		}
		return new TestOpenIdProvider(tomcat, context, "http://localhost:" + tomcat.getConnector().getLocalPort());
	}

	/** The issuer URL to configure in Klynge. */
	public String issuer() {
		return issuer;
	}

	/** Registers (or replaces) a client with these redirect URIs. */
	public void client(String clientId, String secret, String... redirectUris) {
		clients.save(RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientSecret("{noop}" + secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris(uris -> uris.addAll(Set.of(redirectUris)))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.EMAIL)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build());
	}

	/**
	 * What a browser does at the provider: follows {@code authorizeUrl}, logs in on the
	 * provider's form, and returns the URL the provider sends back to the client (the
	 * redirect URI with {@code code} and {@code state}).
	 */
	public URI logIn(String authorizeUrl, String username) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		try {
			URI next = follow(http, URI.create(authorizeUrl));
			HttpResponse<String> form = http.send(HttpRequest.newBuilder(next).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
			if (!csrf.find()) {
				throw new IllegalStateException("no login form at " + next + ": " + form.body());
			}
			String body = "username=" + encode(username) + "&password=" + encode(PASSWORD) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<Void> posted = http.send(HttpRequest.newBuilder(next.resolve("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			return follow(http, URI.create(posted.headers().firstValue("Location").orElseThrow()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Follows redirects while they stay at the provider; returns the first that leaves.
	 */
	private URI follow(HttpClient http, URI uri) throws IOException, InterruptedException {
		URI current = uri;
		for (int hops = 0; hops < 10 && current.toString().startsWith(issuer); hops++) {
			// as a browser: the provider sends browsers to its login form, other clients
			// get 401
			HttpResponse<Void> response = http.send(
					HttpRequest.newBuilder(current).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.discarding());
			var location = response.headers().firstValue("Location");
			if (location.isEmpty()) {
				return current;
			}
			current = current.resolve(location.get());
		}
		return current;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		try {
			context.close();
			tomcat.stop();
			tomcat.destroy();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Clients registered while the provider runs (the tests learn their redirect URIs
	 * late).
	 */
	static final class Clients implements RegisteredClientRepository {

		private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

		@Override
		public void save(RegisteredClient client) {
			byId.put(client.getId(), client);
		}

		@Override
		public RegisteredClient findById(String id) {
			return byId.get(id);
		}

		@Override
		public RegisteredClient findByClientId(String clientId) {
			return byId.values().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
		}

	}

	/**
	 * Not a {@code @Configuration}: Klynge's component scan of the test classes must not
	 * find it (registered by hand in {@link #start()}).
	 */
	@EnableWebSecurity
	static class ProviderConfiguration {

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		Clients clients() {
			return new Clients();
		}

		@Bean
		UserDetailsService users() {
			InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
			USERS.keySet()
				.forEach(name -> users.createUser(User.withUsername(name).password("{noop}" + PASSWORD).build()));
			return users;
		}

		/** The e-mail claims of the user go into the ID token (and so into userinfo). */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims() {
			return context -> {
				if ("id_token".equals(context.getTokenType().getValue())) {
					USERS.getOrDefault(context.getPrincipal().getName(), Map.of())
						.forEach((claim, value) -> context.getClaims().claim(claim, value));
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
