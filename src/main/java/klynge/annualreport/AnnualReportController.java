package klynge.annualreport;

import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's annual report pages: the years, a report with its texts to edit,
 * sending the draft to a body, the outcome, publishing, and exports with their progress.
 * A refused step shows the page again (422) with the message; an edit conflict (409)
 * keeps what was typed.
 */
@Controller
class AnnualReportController {

	private final AnnualReports reports;

	private final ReportExports exports;

	private final ReportDocuments documents;

	private final CurrentCluster cluster;

	AnnualReportController(AnnualReports reports, ReportExports exports, ReportDocuments documents,
			CurrentCluster cluster) {
		this.reports = reports;
		this.exports = exports;
		this.documents = documents;
		this.cluster = cluster;
	}

	@GetMapping("/arsmelding")
	String list(Model model) {
		model.addAttribute("reports", reports.all());
		model.addAttribute("years", reports.years());
		return "annualreport/list";
	}

	@PostMapping("/arsmelding")
	String create(@RequestParam(required = false) Integer year, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return generate(year == null ? 0 : year, null, response, model, redirect);
	}

	@PostMapping("/arsmelding/{year}/generer")
	String generate(@PathVariable int year, @RequestParam(required = false) Integer version,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			reports.generate(year, version);
			redirect.addFlashAttribute("flash", "annualreport.generated");
			return "redirect:/arsmelding/" + year + "/rediger";
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return list(model);
		}
	}

	@GetMapping("/arsmelding/{year}/rediger")
	String edit(@PathVariable int year, Model model) {
		AnnualReport report = reports.report(year);
		return page(report, report.introduction(), report.texts(), report.version(), model);
	}

	@PostMapping("/arsmelding/{year}/rediger")
	String save(@PathVariable int year, @RequestParam int version, @RequestParam(required = false) String introduction,
			@RequestParam(name = "key", required = false) List<String> keys,
			@RequestParam(name = "before", required = false) List<String> before,
			@RequestParam(name = "after", required = false) List<String> after, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		var texts = AnnualReports.texts(keys, before, after);
		try {
			reports.edit(year, version, introduction, texts);
			redirect.addFlashAttribute("flash", "annualreport.saved");
			return "redirect:/arsmelding/" + year + "/rediger";
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return page(reports.report(year), introduction, texts, version, model);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return page(reports.report(year), introduction, texts, version, model);
		}
	}

	@PostMapping("/arsmelding/{year}/send")
	String send(@PathVariable int year, @RequestParam int version, @RequestParam(required = false) UUID meetingId,
			@RequestParam(required = false) UUID authorBodyId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return step(year, response, model, redirect, "annualreport.sent",
				() -> reports.sendToBody(year, version, meetingId, authorBodyId));
	}

	@PostMapping("/arsmelding/{year}/utfall")
	String settle(@PathVariable int year, @RequestParam int version,
			@RequestParam(required = false) ReportStatus outcome, @RequestParam(required = false) String decision,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return step(year, response, model, redirect, "annualreport.settledSaved",
				() -> reports.settle(year, version, outcome, decision));
	}

	@PostMapping("/arsmelding/{year}/publiser")
	String publish(@PathVariable int year, @RequestParam int version, @RequestParam boolean on,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return step(year, response, model, redirect, on ? "annualreport.publishedOn" : "annualreport.publishedOff",
				() -> reports.publish(year, version, on));
	}

	@PostMapping("/arsmelding/{year}/eksport")
	String export(@PathVariable int year, @RequestParam ExportFormat format) {
		return "redirect:/arsmelding/eksport/" + exports.start(year, format);
	}

	@GetMapping("/arsmelding/eksport/{id}")
	String progress(@PathVariable UUID id, Model model, HtmxRequest htmx) {
		ReportExport export = exports.export(id);
		model.addAttribute("export", export);
		model.addAttribute("year",
				reports.all()
					.stream()
					.filter(r -> r.id().equals(export.reportId()))
					.findFirst()
					.map(AnnualReport::year)
					.orElse(null));
		return htmx.isHtmxRequest() ? "annualreport/progress :: status" : "annualreport/progress";
	}

	@GetMapping("/arsmelding/eksport/{id}/fil")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		ReportExport export = exports.export(id);
		return file(export, exports.content(id));
	}

	static ResponseEntity<byte[]> file(ReportExport export, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.format().contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.body(content);
	}

	private String step(int year, HttpServletResponse response, Model model, RedirectAttributes redirect, String flash,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/arsmelding/" + year + "/rediger";
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return edit(year, model);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return edit(year, model);
		}
	}

	/** A meeting the draft can go to, by body and date. */
	record MeetingChoice(UUID id, String label) {
	}

	private String page(AnnualReport report, String introduction, java.util.Map<String, ChapterText> texts, int version,
			Model model) {
		model.addAttribute("report", report);
		model.addAttribute("introduction", introduction);
		model.addAttribute("texts", texts);
		model.addAttribute("version", version);
		model.addAttribute("view", documents.view(cluster.get().name(), report, cluster.get().locale()));
		model.addAttribute("meetings",
				reports.comingMeetings()
					.stream()
					.map(m -> new MeetingChoice(m.id(), reports.meetingLabel(m)))
					.toList());
		model.addAttribute("bodies", reports.bodies());
		model.addAttribute("exports", exports.latest(report.id()));
		return "annualreport/edit";
	}

}
