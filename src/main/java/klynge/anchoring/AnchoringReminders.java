package klynge.anchoring;

import java.time.LocalDate;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.shared.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily reminders to representatives who have not answered: from
 * {@code klynge.anchoring.reminders.days-before} days before the answer-by date, and
 * after it, every {@code klynge.anchoring.reminders.interval-days} days. Each cluster's
 * work runs in its ClusterScope; a second run on the same day (or another instance) sends
 * nothing twice, because a request takes one reminder a day (a unique row).
 */
@Component
class AnchoringReminders {

	private final Clusters clusters;

	private final Anchorings anchorings;

	private final int daysBefore;

	private final int interval;

	private final JobLock jobLock;

	AnchoringReminders(JobLock jobLock, Clusters clusters, Anchorings anchorings,
			@Value("${klynge.anchoring.reminders.days-before:3}") int daysBefore,
			@Value("${klynge.anchoring.reminders.interval-days:3}") int interval) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.anchorings = anchorings;
		this.daysBefore = daysBefore;
		this.interval = Math.max(1, interval);
	}

	@Scheduled(cron = "${klynge.anchoring.reminders.cron:0 15 7 * * *}", zone = "Europe/Oslo")
	void daily() {
		jobLock.runDaily("anchoring-reminders", () -> {
			clusters.each("Anchoring reminders", cluster -> remind(cluster, LocalDate.now(cluster.zone())));
		});
	}

	int remind(Cluster cluster, LocalDate today) {
		return ClusterScope.call(cluster.id(), () -> anchorings.remindDue(today, daysBefore, interval));
	}

}
