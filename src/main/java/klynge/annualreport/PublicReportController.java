package klynge.annualreport;

import klynge.cluster.CurrentCluster;
import klynge.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A published report for anyone, in the host's cluster: the chapters as they were adopted
 * (public content only, as every chapter is), with the newest PDF/A.
 */
@Controller
class PublicReportController {

	private final AnnualReports reports;

	private final ReportExports exports;

	private final ReportDocuments documents;

	private final CurrentCluster cluster;

	PublicReportController(AnnualReports reports, ReportExports exports, ReportDocuments documents,
			CurrentCluster cluster) {
		this.reports = reports;
		this.exports = exports;
		this.documents = documents;
		this.cluster = cluster;
	}

	@GetMapping("/arsmelding/{year}")
	String report(@PathVariable int year, Model model) {
		AnnualReport report = reports.published(year);
		model.addAttribute("report", report);
		model.addAttribute("view", documents.view(cluster.get().name(), report, cluster.get().locale()));
		model.addAttribute("pdf",
				exports.latest(report.id())
					.stream()
					.filter(e -> e.format() == ExportFormat.PDF)
					.findFirst()
					.orElse(null));
		return "annualreport/public";
	}

	@GetMapping("/arsmelding/{year}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year) {
		AnnualReport report = reports.published(year);
		ReportExport pdf = exports.latest(report.id())
			.stream()
			.filter(e -> e.format() == ExportFormat.PDF)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("annual-report-pdf", year));
		return AnnualReportController.file(pdf, exports.content(pdf.id()));
	}

}
