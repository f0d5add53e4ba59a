package klynge.collaboration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of the cluster's collaboration partners (the cluster of the host for
 * visitors): name, kind, description, web site, since when, the decisions the reader may
 * see and the shared events; never the contact.
 */
@Controller
class PublicPartnerController {

	private final Partners partners;

	PublicPartnerController(Partners partners) {
		this.partners = partners;
	}

	@GetMapping("/samarbeidspartnere")
	String partners(Model model) {
		model.addAttribute("partners", partners.publicPartners());
		return "collaboration/public";
	}

}
