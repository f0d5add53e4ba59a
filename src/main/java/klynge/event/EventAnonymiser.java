package klynge.event;

import java.time.Instant;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: anonymises the registrations of events that ended more than the event's
 * retention days ago (name, e-mail, organisation, answers and link cleared; the counts
 * stay). Each cluster's work runs in its ClusterScope; a second run finds nothing left to
 * do.
 */
@Component
class EventAnonymiser {

	private static final Logger log = LoggerFactory.getLogger(EventAnonymiser.class);

	private final Clusters clusters;

	private final Events events;

	private final JobLock jobLock;

	EventAnonymiser(JobLock jobLock, Clusters clusters, Events events) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.events = events;
	}

	@Scheduled(cron = "${klynge.event.anonymise.cron:0 30 3 * * *}", zone = "Europe/Oslo")
	void daily() {
		jobLock.runDaily("event-anonymiser", () -> {
			clusters.each("Anonymising event registrations", cluster -> {
				int count = anonymise(cluster, Instant.now());
				if (count > 0) {
					log.info("Anonymised {} event registrations of cluster {}", count, cluster.shortName());
				}
			});
		});
	}

	int anonymise(Cluster cluster, Instant now) {
		return ClusterScope.call(cluster.id(), () -> events.anonymiseDue(now));
	}

}
