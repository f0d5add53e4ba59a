package klynge.funding.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee's proposals as put on an agenda: a snapshot of the ranking. */
@Repository
class ProposalRepository {

	record Proposal(UUID id, UUID callId, UUID itemId, BigDecimal frame, OffsetDateTime createdAt) {
	}

	/** What the agenda shows of one application: never its texts or the comments. */
	record Line(UUID applicationId, Integer rank, String title, String organisations, String lead, BigDecimal score,
			int reviews, BigDecimal applied, BigDecimal amount) {
	}

	private final JdbcClient jdbc;

	ProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Proposal> ofCall(UUID clusterId, UUID callId) {
		return jdbc.sql(
				"select id, call_id, item_id, frame, created_at from review_proposal where cluster_id = ? and call_id = ?")
			.params(clusterId, callId)
			.query((rs, n) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getBigDecimal(4), rs.getObject(5, OffsetDateTime.class)))
			.optional();
	}

	List<Proposal> ofItems(UUID clusterId, Collection<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, call_id, item_id, frame, created_at from review_proposal
				where cluster_id = :cluster and item_id in (:items)""")
			.param("cluster", clusterId)
			.param("items", itemIds)
			.query((rs, n) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getBigDecimal(4), rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	List<Line> lines(UUID clusterId, UUID proposalId) {
		return jdbc.sql("""
				select application_id, rank, title, organisations, lead_organisation, score, reviews, applied, amount
				from review_proposal_line where cluster_id = ? and proposal_id = ? order by position""")
			.params(clusterId, proposalId)
			.query((rs, n) -> new Line(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8),
					rs.getBigDecimal(9)))
			.list();
	}

	/** Replaces the call's proposal (one per call). */
	UUID replace(UUID clusterId, UUID callId, UUID itemId, BigDecimal frame, List<Line> lines, String by) {
		jdbc.sql("delete from review_proposal where cluster_id = ? and call_id = ?").params(clusterId, callId).update();
		UUID id = jdbc.sql("""
				insert into review_proposal (cluster_id, call_id, item_id, frame, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(clusterId, callId, itemId, frame, by)
			.query(UUID.class)
			.single();
		int position = 0;
		for (Line line : lines) {
			jdbc.sql("""
					insert into review_proposal_line (cluster_id, proposal_id, application_id, position, rank, title,
					                                  organisations, lead_organisation, score, reviews, applied, amount)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(clusterId, id, line.applicationId(), ++position, line.rank(), line.title(),
						line.organisations(), line.lead(), line.score(), line.reviews(), line.applied(), line.amount())
				.update();
		}
		return id;
	}

}
