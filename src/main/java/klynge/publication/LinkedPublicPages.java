package klynge.publication;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The other modules' public pages that the journal links (calls, awards, events, idea
 * bank) get the same head tags ({@link PublicHead}: canonical address, Open Graph)
 * without their controllers knowing of this module: added to the model after the handler,
 * unless the page set its own.
 */
@Configuration
class LinkedPublicPages implements WebMvcConfigurer {

	/** Path → message key of the page's name. */
	static final Map<String, String> PAGES = Map.of("/open-calls", "publication.link.calls", "/tildelinger",
			"publication.link.awards", "/arrangementer", "publication.link.events", "/idebank",
			"publication.link.ideabank");

	private final CanonicalUrls urls;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	LinkedPublicPages(CanonicalUrls urls, CurrentCluster cluster, MessageSource messages) {
		this.urls = urls;
		this.cluster = cluster;
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				String key = PAGES.get(path);
				if (view == null || key == null || !"GET".equals(request.getMethod())
						|| view.getModel().containsKey("publicHead")
						|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
					return;
				}
				view.addObject("publicHead", head(path, key, RequestContextUtils.getLocale(request)));
			}
		}).addPathPatterns(PAGES.keySet().toArray(String[]::new));
	}

	private PublicHead head(String path, String key, Locale locale) {
		String site = cluster.get().name();
		String name = messages.getMessage(key, null, locale);
		return new PublicHead(messages.getMessage("publication.linked.title", new Object[] { name, site }, locale),
				messages.getMessage("publication.linked.description", new Object[] { name, site }, locale),
				urls.of(path), "website", site, CanonicalUrls.ogLocale(locale));
	}

}
