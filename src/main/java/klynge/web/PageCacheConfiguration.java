package klynge.web;

import java.util.List;

import klynge.security.CurrentUser;
import klynge.shared.SnapshotPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers the {@link PageCache} after the security filters (it needs to know the
 * viewer), for the pages modules declare as {@link SnapshotPage}.
 * {@code klynge.page-cache.enabled=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "klynge.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(List<SnapshotPage> pages, JdbcClient jdbc, CurrentUser currentUser,
			@Value("${klynge.page-cache.max-entries:256}") int maxEntries,
			@Value("${klynge.page-cache.max-bytes:16000000}") long maxBytes) {
		return new PageCache(pages, jdbc, currentUser, maxEntries, maxBytes);
	}

	@Bean
	FilterRegistrationBean<PageCache> pageCacheFilter(PageCache cache) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setName("pageCache");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
