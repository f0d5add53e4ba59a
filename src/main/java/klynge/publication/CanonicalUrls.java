package klynge.publication;

import java.net.URI;
import java.util.Locale;

import klynge.cluster.Clusters;
import klynge.cluster.CurrentCluster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of public pages: on the host name mapped to the cluster (with the
 * configured base URL's scheme and port), or the configured base URL (klynge.base-url, as
 * in the mails) for a cluster without its own host. Never the request's Host header,
 * which the visitor chooses.
 */
@Component
public class CanonicalUrls {

	private final URI base;

	private final Clusters clusters;

	private final CurrentCluster cluster;

	CanonicalUrls(@Value("${klynge.base-url}") String baseUrl, Clusters clusters, CurrentCluster cluster) {
		this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
		this.clusters = clusters;
		this.cluster = cluster;
	}

	/** The absolute address of a path of the current cluster ("/offentlig/vedtak"). */
	public String of(String path) {
		String host = clusters.hostNames().get(cluster.id());
		if (host == null) {
			return base + path;
		}
		String port = base.getPort() < 0 ? "" : ":" + base.getPort();
		return base.getScheme() + "://" + host.toLowerCase(Locale.ROOT) + port + path;
	}

	/** og:locale of a language tag. */
	static String ogLocale(Locale locale) {
		return switch (locale.getLanguage()) {
			case "en" -> "en_GB";
			case "nn" -> "nn_NO";
			default -> "nb_NO";
		};
	}

}
