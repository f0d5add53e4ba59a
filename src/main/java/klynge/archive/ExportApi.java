package klynge.archive;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current cluster's export as JSON, for administrators (see {@link ArchiveRoutes}).
 */
@RestController
class ExportApi {

	private final CurrentCluster current;

	private final Exports exports;

	ExportApi(CurrentCluster current, Exports exports) {
		this.current = current;
		this.exports = exports;
	}

	@Operation(summary = "Every row of the current cluster as one deterministic JSON document (klynge-export v1)")
	@GetMapping("/api/v1/export")
	void export(Authentication user, HttpServletResponse response) throws IOException {
		download(current.get(), exports, user, response);
	}

	/**
	 * Streams the export as an attachment; shared with the settings page's download
	 * button.
	 */
	static void download(Cluster cluster, Exports exports, Authentication user, HttpServletResponse response)
			throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(Exports.fileName(cluster.shortName())).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.export(cluster.id(), user.getName(), response.getOutputStream());
		response.flushBuffer();
	}

}
