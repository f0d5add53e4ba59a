package klynge.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the {@link OverloadFilter} before every other filter (security, sessions,
 * audit).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "klynge.overload.enabled", havingValue = "true", matchIfMissing = true)
class OverloadConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OverloadConfiguration.class);

	@Bean
	FilterRegistrationBean<OverloadFilter> overloadFilter(OverloadProperties properties, OverloadStats stats) {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(properties.effectiveMaxConcurrent(), properties.queue(),
				properties.maxWait());
		ConcurrencyLimiter uploads = new ConcurrencyLimiter(properties.maxUploads(), 0, Duration.ZERO);
		log.info(
				"Overload limit: {} requests at once, {} waiting at most {} ms, the rest get 503; bodies read first "
						+ "(at most {}, within {} ms), {} uploads at once",
				limiter.maxConcurrent(), limiter.queue(), properties.maxWait().toMillis(), properties.maxBody(),
				properties.bodyTimeout().toMillis(), properties.maxUploads());
		OverloadFilter filter = new OverloadFilter(limiter, uploads, properties.maxBody().toBytes(),
				properties.bodyTimeout(), stats);
		FilterRegistrationBean<OverloadFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("overloadFilter");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
