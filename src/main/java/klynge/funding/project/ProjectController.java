package klynge.funding.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.funding.Applications;
import klynge.funding.project.ProjectRepository.FileRow;
import klynge.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The project pages: the list (staff: all, filtered by year, fund and status; an
 * applicant: "Mine prosjekter"), one project with its reports, the applicant's report
 * form, and the secretariat's approval, return and due dates. A refused form comes back
 * with what was typed (422), so nothing is lost.
 */
@Controller
class ProjectController {

	private final Projects projects;

	ProjectController(Projects projects) {
		this.projects = projects;
	}

	@GetMapping("/prosjekter")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID fund,
			@RequestParam(required = false) String status, Model model) {
		List<Projects.Listed> all = projects.list();
		Map<Integer, String> years = new TreeMap<>(java.util.Comparator.reverseOrder());
		Map<UUID, String> funds = new java.util.LinkedHashMap<>();
		all.forEach(l -> {
			years.put(l.project().year(), String.valueOf(l.project().year()));
			funds.put(l.project().fundId(), l.project().fundName());
		});
		List<Projects.Listed> shown = all.stream()
			.filter(l -> year == null || l.project().year() == year)
			.filter(l -> fund == null || l.project().fundId().equals(fund))
			.filter(l -> status == null || status.isEmpty() || matches(l, status))
			.toList();
		model.addAttribute("projects", shown);
		model.addAttribute("staff", projects.isStaff());
		model.addAttribute("years", years.keySet());
		model.addAttribute("funds", funds);
		model.addAttribute("year", year);
		model.addAttribute("fund", fund);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("overdue", all.stream().filter(Projects.Listed::overdue).count());
		model.addAttribute("today", projects.today());
		model.addAttribute("callDueDates", projects.callDueDates());
		return "funding/project/list";
	}

	private static boolean matches(Projects.Listed listed, String status) {
		return switch (status) {
			case "overdue" -> listed.overdue();
			case "waiting" -> listed.waiting();
			case "done" -> listed.reports().stream().allMatch(r -> r.status() == ReportStatus.APPROVED);
			default -> true;
		};
	}

	@GetMapping("/prosjekter/{id}")
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("page", projects.page(id));
		model.addAttribute("today", projects.today());
		return "funding/project/page";
	}

	@PostMapping("/prosjekter/{id}/rapporter/{reportId}")
	String submit(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		try {
			if (file != null && file.getSize() > Applications.MAX_ATTACHMENT_BYTES) {
				throw new RuleViolation("file", "funding.attachment.rule.tooLarge",
						Applications.MAX_ATTACHMENT_BYTES / (1024 * 1024));
			}
			byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
			projects.submit(id, reportId, text, file == null ? null : file.getOriginalFilename(), bytes);
			return "redirect:/prosjekter/" + id + "?sendt#r-" + reportId;
		}
		catch (RuleViolation violation) {
			return refused(id, reportId, violation, Map.of("text", text), model, response);
		}
	}

	@PostMapping("/prosjekter/{id}/rapporter/{reportId}/godkjenn")
	String approve(@PathVariable UUID id, @PathVariable UUID reportId, Model model, HttpServletResponse response) {
		try {
			projects.approve(id, reportId);
			return "redirect:/prosjekter/" + id + "#r-" + reportId;
		}
		catch (RuleViolation violation) {
			return refused(id, reportId, violation, Map.of(), model, response);
		}
	}

	@PostMapping("/prosjekter/{id}/rapporter/{reportId}/returner")
	String sendBack(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam(defaultValue = "") String comment,
			Model model, HttpServletResponse response) {
		try {
			projects.sendBack(id, reportId, comment);
			return "redirect:/prosjekter/" + id + "#r-" + reportId;
		}
		catch (RuleViolation violation) {
			return refused(id, reportId, violation, Map.of("comment", comment), model, response);
		}
	}

	@PostMapping("/prosjekter/{id}/rapporter/{reportId}/frist")
	String due(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam(defaultValue = "") String dueOn,
			Model model, HttpServletResponse response) {
		try {
			projects.changeDue(id, reportId, parse(dueOn));
			return "redirect:/prosjekter/" + id + "#r-" + reportId;
		}
		catch (RuleViolation violation) {
			return refused(id, reportId, violation, Map.of("dueOn", dueOn), model, response);
		}
	}

	@PostMapping("/prosjekter/utlysninger/{callId}/frister")
	String callDueDates(@PathVariable UUID callId, @RequestParam(defaultValue = "") String progress,
			@RequestParam(defaultValue = "") String finalReport, Model model, HttpServletResponse response) {
		try {
			projects.setCallDueDates(callId, parse(progress), parse(finalReport));
			return "redirect:/prosjekter#frister";
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return list(null, null, null, model);
		}
	}

	static LocalDate parse(String date) {
		try {
			return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("dueOn", "project.report.rule.dueOn");
		}
	}

	private String refused(UUID id, UUID reportId, RuleViolation violation, Map<String, String> typed, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refusal", violation);
		model.addAttribute("refusedReport", reportId);
		model.addAttribute("typed", typed);
		return page(id, model);
	}

	@GetMapping("/prosjekter/{id}/vedlegg/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		return download(projects.file(id, fileId));
	}

	/** A report's PDF as a download only: never shown inline, never sniffed. */
	static ResponseEntity<byte[]> download(FileRow file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
