package klynge.organisation;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.shared.Csv;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People pages, for logged-in users only: search-as-you-type list, detail, create and
 * edit.
 */
@Controller
class PersonController {

	private final People people;

	private final Organisations organisations;

	private final MessageSource messages;

	PersonController(People people, Organisations organisations, MessageSource messages) {
		this.people = people;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("people", people.search(q));
		return htmx.isHtmxRequest() ? "people/list :: results" : "people/list";
	}

	/**
	 * The people list as CSV for the registry editors, cells neutralised against formula
	 * injection.
	 */
	@GetMapping(value = "/people.csv", produces = Csv.MEDIA_TYPE)
	ResponseEntity<String> csv(Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(Csv.row(Stream.of("person.code", "person.name", "person.title", "person.organisation")
			.map(key -> messages.getMessage(key, null, locale))
			.toList()));
		people.search(null)
			.forEach(p -> csv.append(Csv.row(Arrays.asList(p.code(), p.name(), p.title(), p.organisationName()))));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("personer.csv").build().toString())
			.body(csv.toString());
	}

	@GetMapping("/people/{id}")
	String detail(@PathVariable UUID id, Model model) {
		showDetail(id, model);
		if (!model.containsAttribute("affiliationForm")) {
			model.addAttribute("affiliationForm", AffiliationForm.empty());
		}
		return "people/detail";
	}

	private void showDetail(UUID id, Model model) {
		model.addAttribute("person", people.shown(id));
		model.addAttribute("mayChooseContact", people.staffOrSelf(id));
		model.addAttribute("affiliations", people.affiliations(id));
		model.addAttribute("organisations", organisations.all());
	}

	/**
	 * The person (or staff) chooses whether e-mail and phone are shown to the cluster's
	 * other logged-in users.
	 */
	@PostMapping("/people/{id}/contact-choice")
	String chooseContact(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean showEmail,
			@RequestParam(defaultValue = "false") boolean showPhone, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		try {
			people.chooseContactShown(id, showEmail, showPhone, version);
			redirect.addFlashAttribute("flash", "person.contactChoice.saved");
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("flash", "person.contactChoice.conflict");
		}
		return "redirect:/people/" + id;
	}

	@GetMapping("/people/new")
	String createForm(Model model) {
		return form(PersonForm.empty(), null, model);
	}

	@PostMapping("/people")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			UUID id = people.create(form);
			redirect.addFlashAttribute("flash", "person.saved");
			return "redirect:/people/" + id;
		}, () -> form(form, null, model));
	}

	@GetMapping("/people/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return form(PersonForm.of(people.get(id)), id, model);
	}

	@PostMapping("/people/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		people.get(id);
		return Forms.submit(errors, response, () -> {
			people.update(id, form, form.version() == null ? -1 : form.version());
			redirect.addFlashAttribute("flash", "person.saved");
			return "redirect:/people/" + id;
		}, () -> form(form, id, model));
	}

	private String form(PersonForm form, UUID id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("personId", id);
		model.addAttribute("organisations", organisations.all());
		return "people/form";
	}

	@PostMapping("/people/{id}/affiliations")
	String addAffiliation(@PathVariable UUID id, @Valid @ModelAttribute("affiliationForm") AffiliationForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		people.get(id);
		return Forms.submit(errors, response, () -> {
			people.addAffiliation(id, form);
			redirect.addFlashAttribute("flash", "affiliation.saved");
			return "redirect:/people/" + id;
		}, () -> {
			showDetail(id, model);
			return "people/detail";
		});
	}

}
