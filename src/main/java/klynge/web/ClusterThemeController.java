package klynge.web;

import java.time.Duration;

import klynge.cluster.Cluster;
import klynge.cluster.Clusters;
import klynge.cluster.CurrentCluster;
import klynge.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The cluster's colours as CSS custom properties and its logo, so pages need no inline
 * styles.
 */
@Controller
class ClusterThemeController {

	private final CurrentCluster current;

	private final Clusters clusters;

	ClusterThemeController(CurrentCluster current, Clusters clusters) {
		this.current = current;
		this.clusters = clusters;
	}

	@GetMapping(value = "/cluster/theme.css", produces = "text/css")
	ResponseEntity<String> theme() {
		Cluster cluster = current.get();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(css(cluster.primaryColour(), cluster.secondaryColour()));
	}

	/**
	 * The colours as CSS, adjusted where they would miss AA contrast (klynge.css maps
	 * them onto Designsystemet's accent colour).
	 */
	static String css(String primary, String secondary) {
		return ":root{--brand:" + Contrast.onWhite(primary) + ";--brand-soft:" + Contrast.underDarkText(secondary)
				+ "}\n";
	}

	@GetMapping("/cluster/logo")
	ResponseEntity<String> logo() {
		Cluster cluster = current.get();
		String svg = clusters.logo(cluster.id()).orElseThrow(() -> new NotFoundException("logo", cluster.shortName()));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(svg);
	}

}
