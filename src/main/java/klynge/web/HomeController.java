package klynge.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.ClusterContent;
import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page. A cluster without bodies yet (a fresh setup) gets a "getting started"
 * panel instead of empty cards: what to enter first, in the order the registry needs it.
 * The modules say what they hold through {@link ClusterContent}, so the shell depends on
 * none of them.
 */
@Controller
class HomeController {

	private final CurrentCluster current;

	private final List<ClusterContent> contents;

	HomeController(CurrentCluster current, List<ClusterContent> contents) {
		this.current = current;
		this.contents = contents;
	}

	@GetMapping("/")
	String home(Model model) {
		UUID cluster = current.id();
		Set<String> present = new HashSet<>();
		contents.forEach(content -> present.addAll(content.kindsPresent(cluster)));
		model.addAttribute("hasOrganisations", present.contains("organisations"));
		model.addAttribute("hasPeople", present.contains("people"));
		model.addAttribute("hasBodies", present.contains("bodies"));
		return "web/home";
	}

}
