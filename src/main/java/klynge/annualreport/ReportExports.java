package klynge.annualreport;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import klynge.cluster.ClusterScope;
import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds a report's PDF/A or DOCX outside the request, on a virtual thread bound to the
 * cluster and the person who asked, writing its progress (percent and step) to the
 * database so any instance can show it, and the file when done.
 */
@Service
class ReportExports {

	private static final Logger log = LoggerFactory.getLogger(ReportExports.class);

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final AnnualReportRepository repository;

	private final AnnualReports reports;

	private final ReportDocuments documents;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	ReportExports(AnnualReportRepository repository, AnnualReports reports, ReportDocuments documents,
			CurrentCluster cluster, CurrentUser user) {
		this.repository = repository;
		this.reports = reports;
		this.documents = documents;
		this.cluster = cluster;
		this.user = user;
	}

	/** Starts building; returns the export to follow. */
	UUID start(int year, ExportFormat format) {
		AnnualReport report = reports.report(year);
		UUID clusterId = cluster.id();
		String clusterName = cluster.get().name();
		Locale locale = cluster.get().locale();
		String actor = user.actor();
		UUID exportId = repository.startExport(clusterId, report.id(), format, actor);
		executor.submit(() -> ClusterScope.runAs(clusterId, actor, () -> {
			try {
				build(clusterId, exportId, clusterName, report, format, locale);
			}
			catch (RuntimeException ex) {
				log.warn("annual report export {} failed", exportId, ex);
				repository.fail(clusterId, exportId);
			}
		}));
		return exportId;
	}

	private void build(UUID clusterId, UUID exportId, String clusterName, AnnualReport report, ExportFormat format,
			Locale locale) {
		repository.progress(clusterId, exportId, 10, "charts");
		ReportView view = documents.view(clusterName, report, locale);
		repository.progress(clusterId, exportId, 50, "layout");
		byte[] content = format == ExportFormat.PDF ? documents.pdf(view) : documents.docx(view);
		repository.progress(clusterId, exportId, 90, "saving");
		repository.finish(clusterId, exportId, "arsmelding-" + report.year() + "." + format.extension, content);
	}

	ReportExport export(UUID exportId) {
		return repository.export(cluster.id(), exportId).orElseThrow(() -> new NotFoundException("export", exportId));
	}

	List<ReportExport> latest(UUID reportId) {
		return repository.latestDone(cluster.id(), reportId);
	}

	byte[] content(UUID exportId) {
		return repository.content(cluster.id(), exportId).orElseThrow(() -> new NotFoundException("export", exportId));
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
