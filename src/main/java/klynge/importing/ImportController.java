package klynge.importing;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload → preview → confirm → progress of importing old minutes. */
@Controller
class ImportController {

	private final ImportBatches batches;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final BodyDirectory bodies;

	ImportController(ImportBatches batches, OrganisationDirectory registry, CurrentCluster cluster,
			BodyDirectory bodies) {
		this.batches = batches;
		this.registry = registry;
		this.cluster = cluster;
		this.bodies = bodies;
	}

	@GetMapping("/imports")
	String upload() {
		return "importing/upload";
	}

	@PostMapping("/imports")
	String receive(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response) throws IOException {
		Map<String, byte[]> contents;
		try {
			contents = ImportBatches.uploaded(files);
		}
		catch (ImportException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex);
			return "importing/upload";
		}
		if (contents.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("error", new ImportException("", 0, "importing.expected.file"));
			return "importing/upload";
		}
		try {
			return "redirect:/imports/" + batches.create(contents).getId();
		}
		catch (ImportException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex);
			return "importing/upload";
		}
	}

	@GetMapping("/imports/{id}")
	String preview(@PathVariable UUID id, Model model) {
		model.addAttribute("batch", batches.get(id));
		model.addAttribute("people", registry.people(cluster.id()));
		model.addAttribute("bodies", bodies.bodies(cluster.id()));
		return "importing/preview";
	}

	@PostMapping("/imports/{id}/commit")
	String commit(@PathVariable UUID id, @RequestParam Map<String, String> choices) {
		batches.start(id, choices);
		return "redirect:/imports/" + id + "/progress";
	}

	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HtmxRequest htmx) {
		model.addAttribute("batch", batches.get(id));
		return htmx.isHtmxRequest() ? "importing/progress :: status" : "importing/progress";
	}

}
