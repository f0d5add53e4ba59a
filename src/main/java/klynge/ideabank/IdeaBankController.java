package klynge.ideabank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public idea bank: search and browse the published posters, a poster with its PDF,
 * the thesis ideas; and the call's submission form (no account) with its status link. A
 * refused submission comes back with what was typed and a message beside each field
 * (422); only the file must be chosen again.
 */
@Controller
class IdeaBankController {

	private final IdeaBank ideaBank;

	IdeaBankController(IdeaBank ideaBank) {
		this.ideaBank = ideaBank;
	}

	@GetMapping("/idebank")
	String index(@RequestParam(required = false) String tema, @RequestParam(required = false) String institusjon,
			@RequestParam(required = false) String aar, @RequestParam(required = false) String q, Model model) {
		PosterSearch search = PosterSearch.of(tema, institusjon, aar, q);
		model.addAttribute("search", search);
		model.addAttribute("posters", ideaBank.search(search));
		model.addAttribute("filters", ideaBank.filters());
		model.addAttribute("calls", ideaBank.openCalls());
		model.addAttribute("zone", ideaBank.zone());
		return "ideabank/index";
	}

	@GetMapping("/idebank/oppgaveideer")
	String ideas(Model model) {
		model.addAttribute("ideas", ideaBank.thesisIdeas());
		return "ideabank/ideas";
	}

	@GetMapping("/idebank/poster/{id}")
	String poster(@PathVariable UUID id, Model model) {
		model.addAttribute("poster", ideaBank.poster(id));
		return "ideabank/poster";
	}

	@GetMapping("/idebank/poster/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return pdf(ideaBank.posterFile(id));
	}

	/** A poster as a download: PDF, attachment, never sniffed into something else. */
	static ResponseEntity<byte[]> pdf(IdeaBankRepository.PosterFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/idebank/innsending/{slug}")
	String form(@PathVariable String slug, Model model) {
		return form(ideaBank.callFor(slug), SubmissionForm.empty(), Map.of(), model);
	}

	@PostMapping("/idebank/innsending/{slug}")
	String submit(@PathVariable String slug, SubmissionForm form,
			@RequestParam(name = "poster", required = false) MultipartFile poster, Locale locale,
			HttpServletResponse response, Model model) throws IOException {
		try {
			byte[] content = poster == null || poster.isEmpty() ? null : poster.getBytes();
			String email = ideaBank.submit(slug, form, poster == null ? null : poster.getOriginalFilename(),
					poster == null ? null : poster.getContentType(), content, locale);
			model.addAttribute("email", email);
			model.addAttribute("view", ideaBank.callFor(slug));
			return "ideabank/submitted";
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(ideaBank.callFor(slug), form, refused.errors(), model);
		}
	}

	private String form(IdeaBank.CallView view, SubmissionForm form, Map<String, String> errors, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", ideaBank.zone());
		model.addAttribute("maxMegabytes", IdeaBankRules.MAX_POSTER_BYTES / (1024 * 1024));
		return "ideabank/submit";
	}

	@GetMapping("/idebank/status/{token}")
	String status(@PathVariable String token, Model model) {
		IdeaBank.Status status = ideaBank.status(token);
		model.addAttribute("submission", status.submission());
		model.addAttribute("event", status.event());
		return "ideabank/status";
	}

	@ExceptionHandler(LinkGone.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone() {
		return "ideabank/gone";
	}

}
