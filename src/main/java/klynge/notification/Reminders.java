package klynge.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.followup.FollowUps;
import klynge.shared.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily reminders: summoned meetings {@code klynge.notification.reminders.meeting-days}
 * ahead, and open follow-ups due within
 * {@code klynge.notification.reminders.follow-up-days}. Running twice a day (or on two
 * instances) sends nothing twice: the idempotency key holds the date.
 */
@Component
class Reminders {

	private final Clusters clusters;

	private final NotificationQueries queries;

	private final MeetingMails mails;

	private final FollowUps followUps;

	private final int meetingDays;

	private final int followUpDays;

	private final JobLock jobLock;

	Reminders(JobLock jobLock, Clusters clusters, NotificationQueries queries, MeetingMails mails, FollowUps followUps,
			@Value("${klynge.notification.reminders.meeting-days:2}") int meetingDays,
			@Value("${klynge.notification.reminders.follow-up-days:7}") int followUpDays) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.queries = queries;
		this.mails = mails;
		this.followUps = followUps;
		this.meetingDays = meetingDays;
		this.followUpDays = followUpDays;
	}

	@Scheduled(cron = "${klynge.notification.reminders.cron:0 0 7 * * *}", zone = "Europe/Oslo")
	void daily() {
		jobLock.runDaily("notification-reminders", () -> {
			clusters.each("Notification reminders",
					cluster -> remind(cluster.id(), LocalDate.now(ZoneId.of(cluster.timeZone()))));
		});
	}

	@Transactional
	void remind(UUID clusterId, LocalDate today) {
		ClusterScope.run(clusterId, () -> {
			queries.summonedMeetingsOn(today.plusDays(meetingDays))
				.forEach(meetingId -> mails.reminder(clusterId, meetingId));
			followUps.dueForReminders(clusterId, today, today.plusDays(followUpDays))
				.forEach(followUp -> mails.followUpDue(clusterId, followUp));
		});
	}

}
