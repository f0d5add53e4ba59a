package klynge.funding;

import java.time.Duration;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Published calls close themselves at their deadline: every minute (by default;
 * {@code klynge.funding.close-calls.cron}) each cluster's calls past their deadline by
 * the {@link FundingClock} become CLOSED, in that cluster's ClusterScope. Applications
 * still in draft were already locked by the deadline rule; closing opens the review.
 * Idempotent: a call once closed is no longer PUBLISHED, so another run or instance
 * leaves it alone.
 */
@Component
class CallDeadlines {

	private static final Logger log = LoggerFactory.getLogger(CallDeadlines.class);

	private final Clusters clusters;

	private final Calls calls;

	private final JobLock jobLock;

	CallDeadlines(JobLock jobLock, Clusters clusters, Calls calls) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.calls = calls;
	}

	@Scheduled(cron = "${klynge.funding.close-calls.cron:0 * * * * *}", zone = "Europe/Oslo")
	void closeDue() {
		jobLock.runAlone("call-deadlines", Duration.ofSeconds(30), Duration.ofMinutes(10), () -> {
			clusters.each("Closing calls", cluster -> {
				int closed = close(cluster);
				if (closed > 0) {
					log.info("Closed {} call(s) at their deadline in cluster {}", closed, cluster.shortName());
				}
			});
		});
	}

	int close(Cluster cluster) {
		return ClusterScope.call(cluster.id(), calls::closePastDeadline);
	}

}
