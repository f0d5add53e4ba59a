package klynge.funding;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationRef;
import klynge.shared.EditConflict;
import klynge.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages: "Mine søknader", the application form (saved as one types, with
 * htmx; the rules of the call are checked on every save), submission with a confirmation
 * step, and the PDF attachments. Staff read applications here too.
 */
@Controller
class ApplicationController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Applications applications;

	private final Calls calls;

	private final OrganisationDirectory organisations;

	private final CurrentCluster cluster;

	private final FundingClock clock;

	private final org.springframework.context.MessageSource messages;

	ApplicationController(Applications applications, Calls calls, OrganisationDirectory organisations,
			CurrentCluster cluster, FundingClock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.applications = applications;
		this.calls = calls;
		this.organisations = organisations;
		this.cluster = cluster;
		this.clock = clock;
	}

	@GetMapping("/applications/mine")
	String mine(Model model) {
		List<Application> mine = applications.mine();
		Map<UUID, FundingCall> callsById = new HashMap<>();
		mine.forEach(a -> callsById.put(a.callId(), applications.callOf(a)));
		model.addAttribute("applications", mine);
		model.addAttribute("calls", callsById);
		model.addAttribute("open", calls.published());
		return "funding/mine";
	}

	@PostMapping("/calls/{id}/applications")
	String start(@PathVariable UUID id, Model model, HttpServletResponse response) {
		try {
			return "redirect:/applications/" + applications.start(id);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return mine(model);
		}
	}

	@GetMapping("/applications/{id}")
	String show(@PathVariable UUID id, Model model) {
		Application application = applications.get(id);
		model.addAttribute("form", ApplicationForm.of(application));
		return page(model, application);
	}

	private String page(Model model, Application application) {
		FundingCall call = applications.callOf(application);
		boolean editable = application.status() == ApplicationStatus.DRAFT && call.isOpenFor(clock.now())
				&& !model.containsAttribute("readOnly");
		model.addAttribute("app", application);
		model.addAttribute("call", call);
		model.addAttribute("editable",
				editable && applications.mine().stream().anyMatch(a -> a.id().equals(application.id())));
		model.addAttribute("breaches", texts(applications.problems(application)));
		model.addAttribute("sum", Money.format(application.content().appliedSum()));
		model.addAttribute("version", application.version());
		model.addAttribute("attachments", applications.attachments(application.id()));
		model.addAttribute("organisations", organisations.organisations(cluster.id()));
		model.addAttribute("organisationNames", names());
		model.addAttribute("kinds", BudgetLineKind.values());
		model.addAttribute("maxMegabytes", Applications.MAX_ATTACHMENT_BYTES / (1024 * 1024));
		return "funding/application";
	}

	/**
	 * Saves the draft. With htmx (autosave on change) the answer is the status region:
	 * "Lagret kl. …", the rules the draft breaks, and the new version; without, back to
	 * the page.
	 */
	@PostMapping("/applications/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("form") ApplicationForm form, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Application application = applications.get(id);
		try {
			List<RuleBreach> breaches = applications.save(id, form.content(),
					form.version() == null ? application.version() : form.version());
			Application saved = applications.get(id);
			if (htmx.isHtmxRequest()) {
				model.addAttribute("breaches", texts(applications.problems(saved)));
				model.addAttribute("savedAt", TIME.format(clock.now().atZone(FundingClock.OSLO)));
				model.addAttribute("version", saved.version());
				model.addAttribute("sum", Money.format(saved.content().appliedSum()));
				return "funding/application-status :: status";
			}
			redirect.addFlashAttribute("flash", "funding.application.saved");
			return "redirect:/applications/" + id;
		}
		catch (RuleViolation | EditConflict refusal) {
			RuleViolation violation = refusal instanceof RuleViolation rule ? rule
					: new RuleViolation(null, "funding.application.conflict");
			response.setStatus(refusal instanceof EditConflict ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			if (htmx.isHtmxRequest()) {
				model.addAttribute("breaches", List.of());
				model.addAttribute("version", application.version());
				model.addAttribute("sum", Money.format(application.content().appliedSum()));
				return "funding/application-status :: status";
			}
			// the form keeps what was typed; nothing saved is lost
			return page(model, application);
		}
	}

	/** Without {@code confirm=true}: the confirmation page (or the problems, 422). */
	@PostMapping("/applications/{id}/submit")
	String submit(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(defaultValue = "0") int version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Application application = applications.get(id);
		try {
			if (!confirm) {
				List<RuleBreach> problems = applications.problems(application);
				if (!problems.isEmpty()) {
					throw problems.getFirst().violation();
				}
				model.addAttribute("app", application);
				model.addAttribute("call", applications.callOf(application));
				return "funding/submit-confirm";
			}
			applications.submit(id, version == 0 ? application.version() : version);
			redirect.addFlashAttribute("flash", "funding.application.submitted");
			return "redirect:/applications/" + id;
		}
		catch (RuleViolation | EditConflict refusal) {
			response.setStatus(refusal instanceof EditConflict ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", refusal instanceof RuleViolation rule ? rule
					: new RuleViolation(null, "funding.application.conflict"));
			model.addAttribute("form", ApplicationForm.of(application));
			return page(model, application);
		}
	}

	@PostMapping("/applications/{id}/files")
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		Application application = applications.get(id);
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "funding.attachment.rule.empty");
			}
			if (file.getSize() > Applications.MAX_ATTACHMENT_BYTES) {
				throw new RuleViolation("file", "funding.attachment.rule.tooLarge",
						Applications.MAX_ATTACHMENT_BYTES / (1024 * 1024));
			}
			applications.attach(id, file.getOriginalFilename(), file.getBytes());
			return "redirect:/applications/" + id + "#attachments";
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			model.addAttribute("form", ApplicationForm.of(application));
			return page(model, application);
		}
	}

	@PostMapping("/applications/{id}/files/{fileId}/delete")
	String detach(@PathVariable UUID id, @PathVariable UUID fileId, Model model, HttpServletResponse response) {
		Application application = applications.get(id);
		try {
			applications.detach(id, fileId);
			return "redirect:/applications/" + id + "#attachments";
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			model.addAttribute("form", ApplicationForm.of(application));
			return page(model, application);
		}
	}

	@GetMapping("/applications/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
		return file(applications.download(id, fileId));
	}

	/** An attachment as a download only: never shown inline, never sniffed. */
	static ResponseEntity<byte[]> file(Applications.Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(download.content());
	}

	/** The messages of rule breaches in the user's language, organisations by name. */
	private List<Problem> texts(List<RuleBreach> breaches) {
		Map<UUID, String> names = names();
		return breaches.stream().map(breach -> {
			Object[] arguments = java.util.Arrays.stream(breach.arguments())
				.map(a -> a instanceof UUID id ? names.getOrDefault(id, "?") : a)
				.toArray();
			return new Problem(breach.field(), messages.getMessage(breach.messageKey(), arguments,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}).toList();
	}

	record Problem(String field, String text) {
	}

	private Map<UUID, String> names() {
		Map<UUID, String> names = new HashMap<>();
		for (OrganisationRef o : organisations.organisations(cluster.id())) {
			names.put(o.id(), o.name());
		}
		return names;
	}

}
