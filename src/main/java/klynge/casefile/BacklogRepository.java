package klynge.casefile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.meeting.Exemption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A body's agenda backlog. */
@Repository
class BacklogRepository {

	private static final String SELECT = """
			select b.id, b.body_id, b.source, b.title, b.description, b.referral_id, b.follow_up_id, b.proposed_by,
			       b.proposed_at, b.status, b.scheduled_item_id, b.for_meeting_id, m.meeting_date as for_meeting_date,
			       b.access, b.exemption_basis, b.public_title, b.exemption_ends, false as hidden, b.version
			from backlog_entry b
			left join meeting_v m on m.cluster_id = b.cluster_id and m.meeting_id = b.for_meeting_id
			where b.cluster_id = ?""";

	private final JdbcClient jdbc;

	BacklogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BacklogEntry> open(UUID clusterId, UUID bodyId) {
		return jdbc.sql(SELECT + " and b.body_id = ? and b.status = 'OPEN' order by b.proposed_at, b.id")
			.params(clusterId, bodyId)
			.query(BacklogEntry.class)
			.list();
	}

	List<BacklogEntry> proposedBy(UUID clusterId, String username, int limit) {
		return jdbc
			.sql(SELECT + " and b.source = 'PROPOSAL' and b.proposed_by = ? order by b.proposed_at desc, b.id limit ?")
			.params(clusterId, username, limit)
			.query(BacklogEntry.class)
			.list();
	}

	List<BacklogEntry> openReferrals(UUID clusterId, int limit) {
		return jdbc
			.sql(SELECT + " and b.source = 'REFERRAL' and b.status = 'OPEN' order by b.proposed_at, b.id limit ?")
			.params(clusterId, limit)
			.query(BacklogEntry.class)
			.list();
	}

	Optional<BacklogEntry> find(UUID clusterId, UUID id) {
		return jdbc.sql(SELECT + " and b.id = ?").params(clusterId, id).query(BacklogEntry.class).optional();
	}

	Optional<BacklogEntry> forFollowUp(UUID clusterId, UUID bodyId, UUID followUpId) {
		return jdbc.sql(SELECT + " and b.body_id = ? and b.follow_up_id = ?")
			.params(clusterId, bodyId, followUpId)
			.query(BacklogEntry.class)
			.optional();
	}

	/**
	 * Follow-ups that already have an entry (open, scheduled or dismissed) and are no
	 * longer offered.
	 */
	Set<UUID> followUpsWithEntries(UUID clusterId, UUID bodyId) {
		return Set.copyOf(jdbc.sql(
				"select follow_up_id from backlog_entry where cluster_id = ? and body_id = ? and follow_up_id is not null")
			.params(clusterId, bodyId)
			.query(UUID.class)
			.list());
	}

	/**
	 * A new entry with the access of what it came from ({@link Exemption#PUBLIC} for a
	 * member's proposal).
	 */
	UUID insert(UUID clusterId, UUID bodyId, String source, String title, String description, UUID referralId,
			UUID followUpId, String proposedBy, UUID forMeetingId, Exemption exemption) {
		return jdbc
			.sql("""
					insert into backlog_entry (cluster_id, body_id, source, title, description, referral_id, follow_up_id,
					                           proposed_by, for_meeting_id, access, exemption_basis, public_title, exemption_ends)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, bodyId, source, title, description, referralId, followUpId, proposedBy, forMeetingId,
					exemption.access().name(), exemption.legalBasis(), exemption.publicTitle(), exemption.endsOn())
			.query(UUID.class)
			.single();
	}

	boolean schedule(UUID clusterId, UUID id, UUID itemId) {
		return jdbc.sql("""
				update backlog_entry set status = 'SCHEDULED', scheduled_item_id = ?, version = version + 1
				where cluster_id = ? and id = ? and status = 'OPEN'""").params(itemId, clusterId, id).update() == 1;
	}

	boolean dismiss(UUID clusterId, UUID id) {
		return jdbc.sql(
				"update backlog_entry set status = 'DISMISSED', version = version + 1 where cluster_id = ? and id = ? and status = 'OPEN'")
			.params(clusterId, id)
			.update() == 1;
	}

}
