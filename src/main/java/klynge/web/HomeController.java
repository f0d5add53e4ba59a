package klynge.web;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page. A cluster that has entered nothing yet (a fresh setup) gets a "getting started"
 * panel instead of empty cards: what to enter first, in the order the registry needs it.
 */
@Controller
class HomeController {

	private final CurrentCluster current;

	private final OrganisationDirectory organisations;

	private final BodyDirectory bodies;

	HomeController(CurrentCluster current, OrganisationDirectory organisations, BodyDirectory bodies) {
		this.current = current;
		this.organisations = organisations;
		this.bodies = bodies;
	}

	@GetMapping("/")
	String home(Model model) {
		var cluster = current.id();
		model.addAttribute("hasOrganisations", !organisations.organisations(cluster).isEmpty());
		model.addAttribute("hasPeople", !organisations.people(cluster).isEmpty());
		model.addAttribute("hasBodies", !bodies.bodies(cluster).isEmpty());
		return "web/home";
	}
}
