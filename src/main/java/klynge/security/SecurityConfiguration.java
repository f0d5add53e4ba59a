package klynge.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login and single sign-on (OpenID Connect, {@link SignOnRegistrations}) for people,
 * HTTP Basic for API clients, and the route rules of every module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<RouteRules> rules, LoginThrottle throttle,
			AccountUserDetailsService accounts, PasswordEncoder passwords, SignOnRegistrations signOnRegistrations,
			SignOnUsers signOnUsers) throws Exception {
		http.authorizeHttpRequests(routes -> {
			rules.forEach(rule -> rule.define(routes));
			routes.anyRequest().denyAll();
			routes.withObjectPostProcessor(new HeadAndOptions());
		});
		http.formLogin(login -> login.loginPage("/login").failureHandler(throttle.failureHandler()));
		SignOnHandlers signOn = new SignOnHandlers();
		http.oauth2Login(sso -> sso.loginPage("/login")
			.clientRegistrationRepository(signOnRegistrations)
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signOnUsers))
			.successHandler(signOn.success())
			.failureHandler(signOn.failure())
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// an unknown provider id, or one of another cluster, or a provider
					// that
					// does not answer: a message on the login page, not a 500
					filter.setAuthenticationFailureHandler(signOn.failure());
					return filter;
				}
			}));
		http.httpBasic(basic -> basic.realmName("Klynge"));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API));
		// API calls that carry no session, or valid Basic credentials, have no login to
		// ride on, so
		// they need no CSRF token; browser sessions calling the API still do. The token
		// lives in a
		// cookie, not the session, so anonymous visitors get no session (htmx reads it
		// from the meta tag).
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
			.ignoringRequestMatchers(new ApiCsrfExemption(API, accounts, passwords)));
		http.addFilterBefore(new SessionCheck(accounts), AnonymousAuthenticationFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setHeaderName("X-CSRF-TOKEN"); // the header name htmx clients have always
												// sent
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, and it still reads other {id} formats should the default
		// change.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
