package klynge.funding.award;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of awards per year: a collaboration fund belongs to its year, a named
 * fund to every year of its period. Only awards of DECIDED calls of the current cluster.
 */
@Service
public class PublicAwards {

	/**
	 * The years a fund covers, as a lateral row source (one row per year of a named
	 * fund's period).
	 */
	private static final String FROM = """
			from funding_award a
			join funding_call c on c.cluster_id = a.cluster_id and c.id = a.call_id
			join fund f on f.cluster_id = c.cluster_id and f.id = c.fund_id
			join application p on p.cluster_id = a.cluster_id and p.id = a.application_id
			cross join lateral (
			    select f.year as year where f.kind = 'COLLABORATION'
			    union all
			    select generate_series(extract(year from f.valid_from)::int, extract(year from f.valid_to)::int)
			    where f.kind = 'NAMED') y
			where a.cluster_id = ? and c.status = 'DECIDED'
			""";

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	PublicAwards(JdbcClient jdbc, CurrentCluster cluster) {
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	/** The years with awards, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return jdbc.sql("select distinct y.year " + FROM + " order by 1 desc")
			.param(cluster.id())
			.query(Integer.class)
			.list();
	}

	/** Every award of the year (all years when {@code year} is null). */
	@Transactional(readOnly = true)
	public List<PublicAward> of(Integer year) {
		return jdbc
			.sql("""
					select a.id, y.year, f.id, f.name, c.title, p.title, p.summary, a.amount,
					       (select min(o.name) from application_organisation ao
					          join organisation_v o on o.cluster_id = ao.cluster_id and o.organisation_id = ao.organisation_id
					         where ao.cluster_id = a.cluster_id and ao.application_id = p.id and ao.role = 'LEAD') as lead,
					       array(select o.name from application_organisation ao
					          join organisation_v o on o.cluster_id = ao.cluster_id and o.organisation_id = ao.organisation_id
					         where ao.cluster_id = a.cluster_id and ao.application_id = p.id and ao.role = 'PARTNER'
					         order by o.name) as partners
					"""
					+ FROM + """
							 and (cast(? as integer) is null or y.year = ?)
							order by y.year desc, f.kind, f.name, a.amount desc, p.title""")
			.params(cluster.id(), year, year)
			.query(PublicAwards::award)
			.list();
	}

	/** The year's awards grouped by fund, in the order of {@link #of}. */
	@Transactional(readOnly = true)
	public List<FundAwards> byFund(int year) {
		Map<UUID, List<PublicAward>> funds = new LinkedHashMap<>();
		for (PublicAward award : of(year)) {
			funds.computeIfAbsent(award.fundId(), k -> new ArrayList<>()).add(award);
		}
		return funds.values()
			.stream()
			.map(awards -> new FundAwards(awards.getFirst().fundId(), awards.getFirst().fundName(), awards))
			.toList();
	}

	private static PublicAward award(ResultSet rs, int n) throws SQLException {
		Array partners = rs.getArray("partners");
		List<String> names = partners == null ? List.of() : Arrays.asList((String[]) partners.getArray());
		return new PublicAward(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString("lead"), names, rs.getBigDecimal(8),
				rs.getString(7) == null ? "" : rs.getString(7));
	}

}
