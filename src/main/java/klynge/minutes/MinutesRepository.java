package klynge.minutes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Minutes, item minutes, comments and kept versions; every query within one cluster. */
@Repository
class MinutesRepository {

	private static final String COLUMNS = """
			id, meeting_id, status, comment_deadline, approved_on, approved_by_item_id, approved_by_chair_person_id,
			approved_version, version, approved_before_deadline""";

	private static final String ITEM_COLUMNS = "id, minutes_id, item_id, notes, feedback_heading, feedback, decision, version";

	private final JdbcClient jdbc;

	MinutesRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Minutes> find(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from minutes where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Minutes.class)
			.optional();
	}

	Optional<Minutes> findForUpdate(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from minutes where cluster_id = ? and id = ? for update")
			.params(clusterId, id)
			.query(Minutes.class)
			.optional();
	}

	Optional<Minutes> ofMeeting(UUID clusterId, UUID meetingId) {
		return jdbc.sql("select " + COLUMNS + " from minutes where cluster_id = ? and meeting_id = ?")
			.params(clusterId, meetingId)
			.query(Minutes.class)
			.optional();
	}

	/** The minutes an approval item approved, if any. */
	Optional<Minutes> approvedBy(UUID clusterId, UUID itemId) {
		return jdbc.sql("select " + COLUMNS + " from minutes where cluster_id = ? and approved_by_item_id = ?")
			.params(clusterId, itemId)
			.query(Minutes.class)
			.optional();
	}

	UUID insert(UUID clusterId, UUID meetingId) {
		return jdbc.sql("""
				insert into minutes (cluster_id, meeting_id) values (?, ?)
				on conflict (cluster_id, meeting_id) do update set version = minutes.version returning id""")
			.params(clusterId, meetingId)
			.query(UUID.class)
			.single();
	}

	void sent(UUID clusterId, UUID id, LocalDate deadline) {
		jdbc.sql("""
				update minutes set status = 'FOR_COMMENT', comment_deadline = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(deadline, clusterId, id).update();
	}

	void approved(UUID clusterId, UUID id, LocalDate on, UUID byItem, UUID byChair, int approvedVersion,
			boolean beforeDeadline) {
		jdbc.sql("""
				update minutes set status = 'APPROVED', approved_on = ?, approved_by_item_id = ?,
				       approved_by_chair_person_id = ?, approved_version = ?, approved_before_deadline = ?,
				       version = version + 1
				where cluster_id = ? and id = ?""")
			.params(on, byItem, byChair, approvedVersion, beforeDeadline, clusterId, id)
			.update();
	}

	List<ItemMinutes> items(UUID clusterId, UUID minutesId) {
		return jdbc.sql("select " + ITEM_COLUMNS + " from item_minutes where cluster_id = ? and minutes_id = ?")
			.params(clusterId, minutesId)
			.query(ItemMinutes.class)
			.list();
	}

	Optional<ItemMinutes> item(UUID clusterId, UUID itemId) {
		return jdbc.sql("select " + ITEM_COLUMNS + " from item_minutes where cluster_id = ? and item_id = ?")
			.params(clusterId, itemId)
			.query(ItemMinutes.class)
			.optional();
	}

	List<ItemMinutes> allItems(UUID clusterId) {
		return jdbc.sql("select " + ITEM_COLUMNS + " from item_minutes where cluster_id = ?")
			.params(clusterId)
			.query(ItemMinutes.class)
			.list();
	}

	/**
	 * Inserts (expected version -1 or 0 when there is no row yet) or updates if the
	 * version still matches.
	 */
	boolean save(UUID clusterId, UUID minutesId, UUID itemId, ItemMinutesForm form, boolean ignoreVersion) {
		int inserted = jdbc
			.sql("""
					insert into item_minutes (cluster_id, minutes_id, item_id, notes, feedback_heading, feedback, decision, version)
					values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (cluster_id, item_id) do nothing""")
			.params(clusterId, minutesId, itemId, Text.blankToNull(form.notes()),
					Text.blankToNull(form.feedbackHeading()), Text.blankToNull(form.feedback()),
					Text.blankToNull(form.decision()))
			.update();
		if (inserted == 1) {
			return ignoreVersion || form.version() == null || form.version() <= 0;
		}
		return jdbc
			.sql("""
					update item_minutes set notes = ?, feedback_heading = ?, feedback = ?, decision = ?, version = version + 1
					where cluster_id = ? and item_id = ? and (? or version = ?)""")
			.params(Text.blankToNull(form.notes()), Text.blankToNull(form.feedbackHeading()),
					Text.blankToNull(form.feedback()), Text.blankToNull(form.decision()), clusterId, itemId,
					ignoreVersion, form.version() == null ? -1 : form.version())
			.update() == 1;
	}

	int snapshot(UUID clusterId, UUID minutesId, String kind, String reason, String by) {
		return snapshot(clusterId, minutesId, kind, reason, by, null);
	}

	/**
	 * @param itemId the item an amendment changed: its reason follows that item's access
	 */
	int snapshot(UUID clusterId, UUID minutesId, String kind, String reason, String by, UUID itemId) {
		return jdbc.sql("""
				insert into minutes_version (cluster_id, minutes_id, number, kind, reason, content, created_by, item_id)
				select ?, ?, coalesce(max(number), 0) + 1, ?, ?, minutes_snapshot_content(?, ?), ?, ?
				from minutes_version where cluster_id = ? and minutes_id = ? returning number""")
			.params(clusterId, minutesId, kind, reason, clusterId, minutesId, by, itemId, clusterId, minutesId)
			.query(Integer.class)
			.single();
	}

	/** The latest version if its content equals the minutes as they are now. */
	Optional<Integer> latestIfCurrent(UUID clusterId, UUID minutesId) {
		return jdbc.sql("""
				select number from minutes_version
				where cluster_id = ? and minutes_id = ? and content = minutes_snapshot_content(?, ?)
				  and number = (select max(number) from minutes_version where cluster_id = ? and minutes_id = ?)""")
			.params(clusterId, minutesId, clusterId, minutesId, clusterId, minutesId)
			.query(Integer.class)
			.optional();
	}

	record VersionRow(int number, String kind, String reason, OffsetDateTime createdAt, String createdBy, UUID itemId) {
	}

	List<VersionRow> versions(UUID clusterId, UUID minutesId) {
		return jdbc.sql("""
				select number, kind, reason, created_at, created_by, item_id from minutes_version
				where cluster_id = ? and minutes_id = ? order by number""")
			.params(clusterId, minutesId)
			.query(VersionRow.class)
			.list();
	}

	Optional<VersionRow> version(UUID clusterId, UUID minutesId, int number) {
		return jdbc.sql("""
				select number, kind, reason, created_at, created_by, item_id from minutes_version
				where cluster_id = ? and minutes_id = ? and number = ?""")
			.params(clusterId, minutesId, number)
			.query(VersionRow.class)
			.optional();
	}

	List<SnapshotItem> versionItems(UUID clusterId, UUID minutesId, int number) {
		return jdbc
			.sql("""
					select (e->>'itemId')::uuid as item_id, e->>'label' as label, e->>'title' as title, e->>'notes' as notes,
					       e->>'feedbackHeading' as feedback_heading, e->>'feedback' as feedback, e->>'decision' as decision
					from minutes_version v, jsonb_array_elements(v.content->'items') with ordinality as x(e, n)
					where v.cluster_id = ? and v.minutes_id = ? and v.number = ? order by x.n""")
			.params(clusterId, minutesId, number)
			.query(SnapshotItem.class)
			.list();
	}

	private static final String COMMENT_COLUMNS = """
			id, minutes_id, item_id, author, author_person_id, text, created_at, after_deadline, handled_at, handled_by,
			applied_at, applied_by, version""";

	List<MinutesComment> comments(UUID clusterId, UUID minutesId) {
		return jdbc
			.sql("select " + COMMENT_COLUMNS
					+ " from minutes_comment where cluster_id = ? and minutes_id = ? order by created_at")
			.params(clusterId, minutesId)
			.query(MinutesComment.class)
			.list();
	}

	Optional<MinutesComment> comment(UUID clusterId, UUID commentId) {
		return jdbc.sql("select " + COMMENT_COLUMNS + " from minutes_comment where cluster_id = ? and id = ?")
			.params(clusterId, commentId)
			.query(MinutesComment.class)
			.optional();
	}

	/** A person's comments, newest first (their start page). */
	List<MinutesComment> commentsBy(UUID clusterId, UUID personId, int limit) {
		return jdbc.sql("select " + COMMENT_COLUMNS
				+ " from minutes_comment where cluster_id = ? and author_person_id = ? order by created_at desc limit ?")
			.params(clusterId, personId, limit)
			.query(MinutesComment.class)
			.list();
	}

	/** The answers to the comments of some minutes, oldest first. */
	List<MinutesCommentReply> replies(UUID clusterId, UUID minutesId) {
		return jdbc
			.sql("""
					select r.id, r.comment_id, r.author, r.author_person_id, r.text, r.created_at
					from minutes_comment_reply r join minutes_comment c on c.cluster_id = r.cluster_id and c.id = r.comment_id
					where r.cluster_id = ? and c.minutes_id = ? order by r.created_at""")
			.params(clusterId, minutesId)
			.query(MinutesCommentReply.class)
			.list();
	}

	List<MinutesCommentReply> repliesTo(UUID clusterId, java.util.Collection<UUID> commentIds) {
		if (commentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, comment_id, author, author_person_id, text, created_at from minutes_comment_reply
				where cluster_id = ? and comment_id = any(?) order by created_at""")
			.params(clusterId, commentIds.toArray(UUID[]::new))
			.query(MinutesCommentReply.class)
			.list();
	}

	void reply(UUID clusterId, UUID commentId, String author, UUID personId, String text) {
		jdbc.sql("""
				insert into minutes_comment_reply (cluster_id, comment_id, author, author_person_id, text)
				values (?, ?, ?, ?, ?)""").params(clusterId, commentId, author, personId, text).update();
	}

	/** Marks a comment handled; false when it already was. */
	boolean markHandled(UUID clusterId, UUID commentId, String username) {
		return jdbc.sql("""
				update minutes_comment set handled_at = now(), handled_by = ?, version = version + 1
				where cluster_id = ? and id = ? and handled_at is null""")
			.params(username, clusterId, commentId)
			.update() == 1;
	}

	/** Records that the comment led to a change of the draft (and so is handled). */
	void markApplied(UUID clusterId, UUID commentId, String username) {
		jdbc.sql(
				"""
						update minutes_comment set applied_at = now(), applied_by = ?,
						       handled_at = coalesce(handled_at, now()), handled_by = coalesce(handled_by, ?), version = version + 1
						where cluster_id = ? and id = ?""")
			.params(username, username, clusterId, commentId)
			.update();
	}

	void comment(UUID clusterId, UUID minutesId, UUID itemId, String author, UUID personId, String text,
			boolean afterDeadline) {
		jdbc.sql(
				"""
						insert into minutes_comment (cluster_id, minutes_id, item_id, author, author_person_id, text, after_deadline)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(clusterId, minutesId, itemId, author, personId, text, afterDeadline)
			.update();
	}

}
