package klynge.funding.leverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.funding.leverage.FollowOnInput.Checked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the leverage: projects (awards), their follow-on funding and the setting.
 */
@Repository
class LeverageRepository {

	/**
	 * The seed year: the collaboration fund's year, else the first year of the named
	 * fund's period, else the year of the vedtak.
	 */
	private static final String PROJECTS = """
			select a.id as award_id,
			       coalesce(f.year, extract(year from f.valid_from)::int,
			                extract(year from a.decided_at at time zone 'Europe/Oslo')::int) as year,
			       f.id as fund_id, f.name as fund, x.title, a.amount as seed
			from funding_award a
			join funding_call c on c.cluster_id = a.cluster_id and c.id = a.call_id
			join fund f on f.cluster_id = c.cluster_id and f.id = c.fund_id
			join application x on x.cluster_id = a.cluster_id and x.id = a.application_id
			where a.cluster_id = ?""";

	private static final String FOLLOW_ON = """
			select id, award_id, funder, title, reference, amount, status, applied_year, granted_year, note,
			       recorded_by, recorded_at, version
			from follow_on_funding where cluster_id = ?""";

	private final JdbcClient jdbc;

	LeverageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Project> projects(UUID clusterId, boolean decidedCallsOnly) {
		return jdbc.sql(PROJECTS + (decidedCallsOnly ? " and c.status = 'DECIDED'" : ""))
			.param(clusterId)
			.query(Project.class)
			.list();
	}

	Optional<Project> project(UUID clusterId, UUID awardId) {
		return jdbc.sql(PROJECTS + " and a.id = ?").params(clusterId, awardId).query(Project.class).optional();
	}

	/**
	 * The account that applied for the project (the applicant may report its leverage).
	 */
	Optional<UUID> applicantAccount(UUID clusterId, UUID awardId) {
		return jdbc.sql("""
				select p.account_id from funding_award a
				join application x on x.cluster_id = a.cluster_id and x.id = a.application_id
				join applicant p on p.cluster_id = x.cluster_id and p.id = x.applicant_id
				where a.cluster_id = ? and a.id = ?""").params(clusterId, awardId).query(UUID.class).optional();
	}

	/**
	 * Whether the person sits (today) on a body that reviews or decides any of the
	 * cluster's calls.
	 */
	boolean sitsOnAFundingBody(UUID clusterId, UUID personId, LocalDate today) {
		return personId != null && jdbc.sql("""
				select exists (select 1 from membership_v m
				  join funding_call c on c.cluster_id = m.cluster_id
				   and m.body_id in (c.committee_body_id, c.deciding_body_id)
				  where m.cluster_id = ? and m.person_id = ?
				    and m.valid_from <= ? and (m.valid_to is null or m.valid_to >= ?))""")
			.params(clusterId, personId, today, today)
			.query(Boolean.class)
			.single();
	}

	List<FollowOn> followOns(UUID clusterId) {
		return jdbc.sql(FOLLOW_ON + " order by applied_year, funder, title")
			.param(clusterId)
			.query(FollowOn.class)
			.list();
	}

	List<FollowOn> followOns(UUID clusterId, UUID awardId) {
		return jdbc.sql(FOLLOW_ON + " and award_id = ? order by applied_year, funder, title")
			.params(clusterId, awardId)
			.query(FollowOn.class)
			.list();
	}

	Optional<FollowOn> followOn(UUID clusterId, UUID awardId, UUID id) {
		return jdbc.sql(FOLLOW_ON + " and award_id = ? and id = ?")
			.params(clusterId, awardId, id)
			.query(FollowOn.class)
			.optional();
	}

	UUID insert(UUID clusterId, UUID awardId, Checked in, String actor) {
		return jdbc.sql("""
				insert into follow_on_funding (cluster_id, award_id, funder, title, reference, amount, status,
				                               applied_year, granted_year, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, awardId, in.funder(), in.title(), in.reference(), in.amount(), in.status().name(),
					in.appliedYear(), in.grantedYear(), in.note(), actor)
			.query(UUID.class)
			.single();
	}

	/** False when the row changed since the given version (or is gone). */
	boolean update(UUID clusterId, UUID awardId, UUID id, int version, Checked in, String actor) {
		return jdbc.sql("""
				update follow_on_funding set funder = ?, title = ?, reference = ?, amount = ?, status = ?,
				       applied_year = ?, granted_year = ?, note = ?, recorded_by = ?, recorded_at = now(),
				       version = version + 1
				where cluster_id = ? and award_id = ? and id = ? and version = ?""")
			.params(in.funder(), in.title(), in.reference(), in.amount(), in.status().name(), in.appliedYear(),
					in.grantedYear(), in.note(), actor, clusterId, awardId, id, version)
			.update() == 1;
	}

	boolean delete(UUID clusterId, UUID awardId, UUID id) {
		return jdbc.sql("delete from follow_on_funding where cluster_id = ? and award_id = ? and id = ?")
			.params(clusterId, awardId, id)
			.update() == 1;
	}

	boolean publicSummary(UUID clusterId) {
		return jdbc.sql("select public_summary from leverage_setting where cluster_id = ?")
			.param(clusterId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void publicSummary(UUID clusterId, boolean on) {
		jdbc.sql("""
				insert into leverage_setting (cluster_id, public_summary) values (?, ?)
				on conflict (cluster_id) do update set public_summary = excluded.public_summary,
				       version = leverage_setting.version + 1
				where leverage_setting.public_summary <> excluded.public_summary""").params(clusterId, on).update();
	}

}
