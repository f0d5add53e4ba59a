package klynge.poll;

import java.time.LocalDate;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.shared.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily reminders to invitees who have not answered an open poll, from
 * {@code klynge.poll.reminders.days-before} days before its answer-by date until that
 * date. Each cluster's work runs in its ClusterScope; a second run on the same day (or
 * another instance) sends nothing twice, because an invitee takes one reminder a day (a
 * unique row).
 */
@Component
class PollReminders {

	private final Clusters clusters;

	private final Polls polls;

	private final int daysBefore;

	private final JobLock jobLock;

	PollReminders(JobLock jobLock, Clusters clusters, Polls polls,
			@Value("${klynge.poll.reminders.days-before:2}") int daysBefore) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.polls = polls;
		this.daysBefore = Math.max(0, daysBefore);
	}

	@Scheduled(cron = "${klynge.poll.reminders.cron:0 20 7 * * *}", zone = "Europe/Oslo")
	void daily() {
		jobLock.runDaily("poll-reminders", () -> {
			clusters.each("Poll reminders", cluster -> remind(cluster, LocalDate.now(cluster.zone())));
		});
	}

	int remind(Cluster cluster, LocalDate today) {
		return ClusterScope.call(cluster.id(), () -> polls.remindDue(today, daysBefore));
	}

}
