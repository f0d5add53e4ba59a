package klynge.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}
}
