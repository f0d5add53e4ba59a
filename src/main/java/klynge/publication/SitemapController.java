package klynge.publication;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code /sitemap.xml} and {@code /robots.txt} of the cluster of the host; robots.txt
 * names the sitemap by its absolute address, as the protocol asks.
 */
@Controller
class SitemapController {

	private final Sitemaps sitemaps;

	private final CanonicalUrls urls;

	SitemapController(Sitemaps sitemaps, CanonicalUrls urls) {
		this.sitemaps = sitemaps;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String tag) {
		return FeedController.answer(sitemaps.sitemap(), MediaType.parseMediaType("application/xml;charset=UTF-8"),
				tag);
	}

	@GetMapping("/robots.txt")
	ResponseEntity<byte[]> robots() {
		String text = """
				User-agent: *
				Disallow: /api/
				Disallow: /login
				Sitemap: %s/sitemap.xml
				""".formatted(urls.of(""));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

}
