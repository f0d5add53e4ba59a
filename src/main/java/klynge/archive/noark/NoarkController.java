package klynge.archive.noark;

import java.time.LocalDate;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrator's page for the Noark 5 arkivuttrekk: choose a period, follow the
 * build's progress (htmx polls the status), download the ZIP.
 */
@Controller
class NoarkController {

	private final NoarkExports exports;

	NoarkController(NoarkExports exports) {
		this.exports = exports;
	}

	@GetMapping("/settings/noark")
	String page(Model model) {
		int lastYear = LocalDate.now().getYear() - 1;
		return page(model, new NoarkForm(LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31)));
	}

	@PostMapping("/settings/noark")
	String start(@ModelAttribute("form") NoarkForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return Forms.submit(errors, response, () -> "redirect:/settings/noark/" + exports.start(form.period()),
				() -> page(model, form));
	}

	@GetMapping("/settings/noark/{id}")
	String progress(@PathVariable UUID id, Model model, HtmxRequest htmx) {
		model.addAttribute("job", exports.job(id));
		return htmx.isHtmxRequest() ? "archive/noark-progress :: status" : "archive/noark-progress";
	}

	@GetMapping("/settings/noark/{id}/fil")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return file(exports.job(id), exports.content(id));
	}

	static ResponseEntity<byte[]> file(NoarkJob job, byte[] zip) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(job.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(zip);
	}

	private String page(Model model, NoarkForm form) {
		// a bound form stays as bound: replacing it would drop its errors (a mistyped
		// date)
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("jobs", exports.recent());
		model.addAttribute("maxYears", NoarkPeriod.MAX_YEARS);
		return "archive/noark";
	}

}
