package klynge.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import klynge.cluster.CurrentCluster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bokmål by default; nynorsk and English on request (?lang=nn|en, remembered in a
 * cookie).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	static final List<Locale> SUPPORTED = List.of(BOKMAL, Locale.forLanguageTag("nn"), Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver(ObjectProvider<CurrentCluster> clusters) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("klynge-lang");
		// Without a cookie: the cluster's default language (bokmål for Alrek, nynorsk for
		// Nord).
		resolver.setDefaultLocaleFunction(request -> {
			try {
				Locale locale = clusters.getObject().get().locale();
				return SUPPORTED.contains(locale) ? locale : BOKMAL;
			}
			catch (RuntimeException noCluster) {
				return BOKMAL;
			}
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = super.parseLocaleValue(value);
				return locale != null && SUPPORTED.contains(locale) ? locale : BOKMAL;
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
