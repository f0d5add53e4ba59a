package klynge.appointment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public list of today's office holders in the host's cluster: name, position and
 * term, no contact data.
 */
@Controller
class OfficeHoldersController {

	private final Appointments appointments;

	OfficeHoldersController(Appointments appointments) {
		this.appointments = appointments;
	}

	@GetMapping("/vervinnehavere")
	String holders(Model model) {
		model.addAttribute("holders", appointments.holders());
		return "appointment/holders";
	}

}
