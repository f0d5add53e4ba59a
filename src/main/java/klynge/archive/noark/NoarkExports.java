package klynge.archive.noark;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import klynge.cluster.ClusterScope;
import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs an arkivuttrekk outside the request, on a virtual thread bound to the cluster and
 * the administrator who asked (the annual report's export pattern), writing its progress
 * and the finished ZIP to the database so any instance can show and serve it. Every
 * extraction is recorded in export_log: it holds exempt content and personal data.
 */
@Service
class NoarkExports {

	private static final Logger log = LoggerFactory.getLogger(NoarkExports.class);

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final NoarkRepository repository;

	private final NoarkExtraction extraction;

	private final NoarkReader reader;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	NoarkExports(NoarkRepository repository, NoarkExtraction extraction, NoarkReader reader, CurrentCluster cluster,
			CurrentUser user) {
		this.repository = repository;
		this.extraction = extraction;
		this.reader = reader;
		this.cluster = cluster;
		this.user = user;
	}

	/**
	 * Starts the extraction of the period; a period without meetings with approved
	 * minutes is refused with a message rather than built empty.
	 */
	UUID start(NoarkPeriod period) {
		if (reader.meetingsOf(period).isEmpty()) {
			throw new RuleViolation("from", "archive.noark.period.empty", period.from(), period.to());
		}
		UUID clusterId = cluster.id();
		String shortName = cluster.get().shortName();
		String actor = user.actor();
		UUID id = repository.start(clusterId, period, actor);
		executor.submit(() -> ClusterScope.runAs(clusterId, actor, () -> {
			try {
				NoarkExtraction.Result result = extraction.build(period,
						(percent, step) -> repository.progress(clusterId, id, percent, step));
				repository.finish(clusterId, id, period.fileName(shortName), result.zip(), result.meetings(),
						result.documents());
			}
			catch (RuntimeException ex) {
				log.warn("Noark extraction {} failed", id, ex);
				repository.fail(clusterId, id);
			}
		}));
		return id;
	}

	NoarkJob job(UUID id) {
		return repository.job(cluster.id(), id).orElseThrow(() -> new NotFoundException("noark-export", id));
	}

	List<NoarkJob> recent() {
		return repository.recent(cluster.id());
	}

	byte[] content(UUID id) {
		return repository.content(cluster.id(), id).orElseThrow(() -> new NotFoundException("noark-export", id));
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
