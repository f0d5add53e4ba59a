package klynge.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.MeetingAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the start page lists of minutes: the latest approved (public), those out for a
 * person's comments, those to write, comment rounds closing and those a chair is to
 * approve. Meetings are read from the view {@code meeting_v} that meeting publishes.
 */
@Service
public class MinutesQueue {

	private static final String SELECT = """
			select mv.meeting_id, mv.body_id, mv.meeting_date, mi.status, mi.comment_deadline, mi.approved_on
			from meeting_v mv
			left join minutes mi on mi.cluster_id = mv.cluster_id and mi.meeting_id = mv.meeting_id
			where mv.cluster_id = :cluster""";

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	MinutesQueue(JdbcClient jdbc, MeetingAccess access, BodyDirectory bodies, CurrentCluster cluster) {
		this.jdbc = jdbc;
		this.access = access;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	/** The latest approved minutes: public. */
	public List<MinutesTask> latestApproved(int limit) {
		return query(" and mi.status = 'APPROVED' order by mv.meeting_date desc limit " + limit);
	}

	/**
	 * Minutes out for comments whose deadline has not passed, of meetings of bodies the
	 * current user sits in.
	 */
	public List<MinutesTask> awaitingMyComments() {
		return query(" and mi.status = 'FOR_COMMENT' and (mi.comment_deadline is null or mi.comment_deadline >= :today)"
				+ " order by mi.comment_deadline nulls last, mv.meeting_date")
			.stream()
			.filter(task -> access.viewerOf(task.bodyId(), task.meetingDate()).bodyMember())
			.toList();
	}

	/**
	 * Held meetings (or summoned ones whose day has passed) without minutes or with a
	 * draft only.
	 */
	public List<MinutesTask> toWrite() {
		return query(" and (mv.status in ('HELD') or (mv.status = 'SUMMONED' and mv.meeting_date < :today))"
				+ " and (mi.id is null or mi.status = 'DRAFT') order by mv.meeting_date");
	}

	/** Comment rounds whose deadline falls within {@code days} (or has passed). */
	public List<MinutesTask> commentRoundsClosing(int days) {
		return query(" and mi.status = 'FOR_COMMENT' and mi.comment_deadline <= :today + " + days
				+ " order by mi.comment_deadline");
	}

	/** Minutes out for comments of the given bodies: for their chair to approve. */
	public List<MinutesTask> toApprove(List<UUID> bodyIds) {
		if (bodyIds.isEmpty()) {
			return List.of();
		}
		return query(" and mi.status = 'FOR_COMMENT' order by mi.comment_deadline nulls last, mv.meeting_date").stream()
			.filter(task -> bodyIds.contains(task.bodyId()))
			.toList();
	}

	/** The tails are constants and ints of this class: no user input reaches SQL. */
	private List<MinutesTask> query(String tail) {
		UUID clusterId = cluster.id();
		var spec = jdbc.sql(SELECT + tail).param("cluster", clusterId);
		if (tail.contains(":today")) {
			spec = spec.param("today", today());
		}
		return spec.query((rs, n) -> {
			UUID bodyId = rs.getObject("body_id", UUID.class);
			LocalDate date = rs.getObject("meeting_date", LocalDate.class);
			String status = rs.getString("status");
			return new MinutesTask(rs.getObject("meeting_id", UUID.class), bodyId,
					bodies.nameOn(clusterId, bodyId, date), date, status == null ? null : MinutesStatus.valueOf(status),
					rs.getObject("comment_deadline", LocalDate.class), rs.getObject("approved_on", LocalDate.class));
		}).list();
	}

	private LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

}
