package klynge.body;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.CurrentCluster;
import klynge.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of bodies: the list, a body with its member table on a date, and the editors'
 * forms.
 */
@Controller
class BodyController {

	private final BodyService bodies;

	private final BodyDirectory directory;

	private final CurrentCluster cluster;

	BodyController(BodyService bodies, BodyDirectory directory, CurrentCluster cluster) {
		this.bodies = bodies;
		this.directory = directory;
		this.cluster = cluster;
	}

	@GetMapping("/bodies")
	String list(Model model) {
		model.addAttribute("items", bodies.list(cluster.id()));
		return "body/list";
	}

	@GetMapping("/bodies/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) String date, Model model,
			HttpServletResponse response) {
		LocalDate day = directory.today(cluster.id());
		if (date != null && !date.isBlank()) {
			try {
				day = LocalDate.parse(date.trim());
			}
			catch (DateTimeParseException e) {
				model.addAttribute("dateError", true);
				model.addAttribute("dateInput", date);
				response.setStatus(400);
			}
		}
		model.addAttribute("view", bodies.view(cluster.id(), id, day));
		return "body/detail";
	}

	@GetMapping("/bodies/new")
	String createForm(Model model) {
		model.addAttribute("form", new BodyForm());
		return form(model, null);
	}

	@PostMapping("/bodies")
	String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			UUID id = bodies.create(cluster.id(), form.toCommand());
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/bodies/" + id;
		}, () -> form(model, null));
	}

	@GetMapping("/bodies/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		BodyRepository.BodyData body = bodies.body(cluster.id(), id);
		model.addAttribute("form", BodyForm.of(body, bodies.names(cluster.id(), id).current().name()));
		return form(model, id);
	}

	@PostMapping("/bodies/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		bodies.body(cluster.id(), id);
		return Forms.submit(errors, response, () -> {
			bodies.update(cluster.id(), id, form.toCommand(), form.getVersion());
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/bodies/" + id;
		}, () -> form(model, id));
	}

	@GetMapping("/bodies/{id}/rename")
	String renameForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new RenameForm());
		return renameView(id, model);
	}

	@PostMapping("/bodies/{id}/names")
	String rename(@PathVariable UUID id, @Valid @ModelAttribute("form") RenameForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		bodies.body(cluster.id(), id);
		return Forms.submit(errors, response, () -> {
			bodies.rename(cluster.id(), id, form.getName(), form.getValidFrom());
			redirect.addFlashAttribute("flash", "body.renamed");
			return "redirect:/bodies/" + id;
		}, () -> renameView(id, model));
	}

	private String renameView(UUID id, Model model) {
		model.addAttribute("bodyId", id);
		model.addAttribute("names", bodies.names(cluster.id(), id));
		return "body/rename";
	}

	private String form(Model model, UUID id) {
		model.addAttribute("bodyId", id);
		model.addAttribute("types", BodyType.values());
		model.addAttribute("others",
				directory.bodies(cluster.id()).stream().filter(body -> !body.id().equals(id)).toList());
		return "body/form";
	}

}
