package klynge.annualreport;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A report recorded without its chapters (the demo's 2022 report, written by a migration
 * that cannot call the modules) gets them from the data once the application is up,
 * whatever its status: the facts were never there to keep.
 */
@Component
class UngeneratedReports {

	private static final Logger log = LoggerFactory.getLogger(UngeneratedReports.class);

	private final JdbcClient jdbc;

	private final AnnualReports reports;

	UngeneratedReports(JdbcClient jdbc, AnnualReports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	record Missing(UUID id, UUID clusterId, int year, String language) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void fill() {
		for (Missing missing : jdbc
			.sql("""
					select r.id, r.cluster_id, r.year, c.default_language as language from annual_report r join cluster c on c.id = r.cluster_id
					where r.generated_at is null""")
			.query(Missing.class)
			.list()) {
			try {
				ClusterScope.run(missing.clusterId(), () -> {
					var chapters = reports.chapters(missing.clusterId(), missing.year(),
							Locale.forLanguageTag(missing.language()));
					jdbc.sql("""
							update annual_report set chapters = cast(? as jsonb), generated_at = ?
							where cluster_id = ? and id = ? and generated_at is null""")
						.params(AnnualReportRepository.json(chapters), OffsetDateTime.now(), missing.clusterId(),
								missing.id())
						.update();
				});
			}
			catch (RuntimeException ex) {
				log.warn("could not generate the annual report {} of cluster {}", missing.year(), missing.clusterId(),
						ex);
			}
		}
	}

}
