package klynge.archive;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's page for downloading the cluster's export. */
@Controller
class ExportController {

	private final CurrentCluster current;

	private final Exports exports;

	ExportController(CurrentCluster current, Exports exports) {
		this.current = current;
		this.exports = exports;
	}

	@GetMapping("/settings/export")
	String page(Model model) {
		Cluster cluster = current.get();
		model.addAttribute("cluster", cluster);
		model.addAttribute("exports", exports.recent(cluster.id(), cluster.zone()));
		return "archive/export";
	}

	@GetMapping("/settings/export/download")
	void download(Authentication user, HttpServletResponse response) throws IOException {
		ExportApi.download(current.get(), exports, user, response);
	}

}
