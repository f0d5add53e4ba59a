package klynge.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of calls, their sections (with versions), criteria and comments. */
@Repository
class CallRows {

	static final String COLUMNS = """
			id, fund_id, title, status, committee_body_id, deciding_body_id, deadline, max_per_application,
			municipal_partner_required, buyout_max_amount, buyout_max_share, adopted_item_id, adopted_at,
			published_at, closed_at, decided_at, version""";

	private final JdbcClient jdbc;

	CallRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FundingCall> all(UUID cluster) {
		return jdbc.sql("select " + COLUMNS + " from funding_call where cluster_id = ? order by created_at desc")
			.param(cluster)
			.query((rs, n) -> call(rs, eligible(cluster, rs.getObject("id", UUID.class))))
			.list();
	}

	java.util.Optional<FundingCall> find(UUID cluster, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from funding_call where cluster_id = ? and id = ?")
			.params(cluster, id)
			.query((rs, n) -> call(rs, eligible(cluster, id)))
			.optional();
	}

	Set<UUID> eligible(UUID cluster, UUID callId) {
		return new HashSet<>(
				jdbc.sql("select organisation_id from funding_call_organisation where cluster_id = ? and call_id = ?")
					.params(cluster, callId)
					.query(UUID.class)
					.list());
	}

	void replaceEligible(UUID cluster, UUID callId, Set<UUID> organisations) {
		jdbc.sql(
				"delete from funding_call_organisation where cluster_id = ? and call_id = ? and organisation_id <> all(?)")
			.params(cluster, callId, organisations.toArray(UUID[]::new))
			.update();
		for (UUID organisation : organisations) {
			jdbc.sql("""
					insert into funding_call_organisation (cluster_id, call_id, organisation_id) values (?, ?, ?)
					on conflict (call_id, organisation_id) do nothing""")
				.params(cluster, callId, organisation)
				.update();
		}
	}

	private static FundingCall call(ResultSet rs, Set<UUID> eligible) throws SQLException {
		CallConditions conditions = new CallConditions(instant(rs, "deadline"), rs.getBigDecimal("max_per_application"),
				rs.getBoolean("municipal_partner_required"), rs.getBigDecimal("buyout_max_amount"),
				share(rs.getBigDecimal("buyout_max_share")), eligible);
		return new FundingCall(rs.getObject("id", UUID.class), rs.getObject("fund_id", UUID.class),
				rs.getString("title"), CallStatus.valueOf(rs.getString("status")),
				rs.getObject("committee_body_id", UUID.class), rs.getObject("deciding_body_id", UUID.class), conditions,
				rs.getObject("adopted_item_id", UUID.class), instant(rs, "adopted_at"), instant(rs, "published_at"),
				instant(rs, "closed_at"), instant(rs, "decided_at"), rs.getInt("version"));
	}

	private static BigDecimal share(BigDecimal share) {
		return share == null ? null : share.stripTrailingZeros();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	List<CallSection> sections(UUID cluster, UUID callId) {
		return jdbc.sql("""
				select s.id, s.call_id, s.position, s.heading, s.body,
				       coalesce((select max(v.number) from call_section_version v
				                 where v.cluster_id = s.cluster_id and v.section_id = s.id), 0) as number, s.version
				from call_section s where s.cluster_id = ? and s.call_id = ? order by s.position""")
			.params(cluster, callId)
			.query(CallSection.class)
			.list();
	}

	java.util.Optional<CallSection> section(UUID cluster, UUID sectionId) {
		return jdbc.sql("""
				select s.id, s.call_id, s.position, s.heading, s.body,
				       coalesce((select max(v.number) from call_section_version v
				                 where v.cluster_id = s.cluster_id and v.section_id = s.id), 0) as number, s.version
				from call_section s where s.cluster_id = ? and s.id = ?""")
			.params(cluster, sectionId)
			.query(CallSection.class)
			.optional();
	}

	List<SectionVersion> versions(UUID cluster, UUID sectionId) {
		return jdbc.sql("""
				select id, section_id, number, heading, body, created_at, created_by from call_section_version
				where cluster_id = ? and section_id = ? order by number""")
			.params(cluster, sectionId)
			.query((rs, n) -> new SectionVersion(rs.getObject("id", UUID.class), rs.getObject("section_id", UUID.class),
					rs.getInt("number"), rs.getString("heading"), rs.getString("body"), instant(rs, "created_at"),
					rs.getString("created_by")))
			.list();
	}

	void keepVersion(UUID cluster, UUID sectionId, String heading, String body, String actor) {
		jdbc.sql("""
				insert into call_section_version (cluster_id, section_id, number, heading, body, created_by)
				select ?, ?, coalesce(max(number), 0) + 1, ?, ?, ? from call_section_version
				where cluster_id = ? and section_id = ?""")
			.params(cluster, sectionId, heading, body, actor, cluster, sectionId)
			.update();
	}

	List<Criterion> criteria(UUID cluster, UUID callId) {
		return jdbc.sql("""
				select id, call_id, position, name, description, weight, version from call_criterion
				where cluster_id = ? and call_id = ? order by position""")
			.params(cluster, callId)
			.query(Criterion.class)
			.list();
	}

	List<CallComment> comments(UUID cluster, UUID callId) {
		return jdbc.sql("""
				select c.id, c.section_id, c.section_version, c.author, coalesce(p.name, c.author) as author_name,
				       c.text, c.created_at
				from call_comment c join call_section s on s.cluster_id = c.cluster_id and s.id = c.section_id
				left join person_v p on p.cluster_id = c.cluster_id and p.person_id = c.author_person_id
				where c.cluster_id = ? and s.call_id = ? order by c.created_at""")
			.params(cluster, callId)
			.query((rs, n) -> new CallComment(rs.getObject("id", UUID.class), rs.getObject("section_id", UUID.class),
					rs.getInt("section_version"), rs.getString("author"), rs.getString("author_name"),
					rs.getString("text"), instant(rs, "created_at")))
			.list();
	}

}
