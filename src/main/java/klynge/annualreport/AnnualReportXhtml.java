package klynge.annualreport;

import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import org.springframework.stereotype.Component;

/**
 * The XHTML a report's PDF/A is laid out from, for the gates' XSS tests: the written
 * texts reach the PDF only through it.
 */
@Component
public class AnnualReportXhtml {

	private final AnnualReports reports;

	private final ReportDocuments documents;

	private final Clusters clusters;

	AnnualReportXhtml(AnnualReports reports, ReportDocuments documents, Clusters clusters) {
		this.reports = reports;
		this.documents = documents;
		this.clusters = clusters;
	}

	public String of(UUID clusterId, int year) {
		return ClusterScope.call(clusterId, () -> {
			var cluster = clusters.get(clusterId);
			return documents.xhtml(documents.view(cluster.name(), reports.report(year), cluster.locale()));
		});
	}

}
