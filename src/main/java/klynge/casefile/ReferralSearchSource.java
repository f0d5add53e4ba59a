package klynge.casefile;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.body.BodyDirectory;
import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals for search, as the meeting page shows them under the referring item
 * ("Oversendt til …"): a part of that item's entry, with the referral's own access or the
 * item's, whichever is narrower (the entry carries the item's title; an item made exempt
 * after it was referred keeps its title hidden), decided by meeting's rule for the
 * referring body and meeting date; while the meeting's minutes are not approved at least
 * members-only, as {@code CasePageParts} shows them only to those who read the draft
 * record.
 */
@Component
class ReferralSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	private final BodyDirectory bodies;

	ReferralSearchSource(JdbcClient jdbc, BodyDirectory bodies) {
		this.jdbc = jdbc;
		this.bodies = bodies;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		Map<UUID, String> names = new HashMap<>();
		bodies.bodies(clusterId).forEach(body -> names.put(body.id(), body.name()));
		return jdbc.sql("""
				select r.id, r.description, r.expected_return, i.item_id, i.meeting_id, i.body_id, i.meeting_date,
				       i.title, i.case_seq, i.case_year, mv.status, r.to_body_id,
				       (case i.access when 'EXEMPT' then 2 when 'MEMBERS' then 1 else 0 end)
				           > (case r.access when 'EXEMPT' then 2 when 'MEMBERS' then 1 else 0 end) as item_narrower,
				       r.access as r_access, r.exemption_basis as r_basis, r.public_title as r_public_title,
				       r.exemption_ends as r_ends,
				       i.access as i_access, i.exemption_basis as i_basis, i.public_title as i_public_title,
				       i.exemption_ends as i_ends
				from referral r
				join meeting_item_v i on i.cluster_id = r.cluster_id and i.item_id = r.from_item_id
				join meeting_v mv on mv.cluster_id = i.cluster_id and mv.meeting_id = i.meeting_id
				where r.cluster_id = ?""").param(clusterId).query((rs, n) -> {
			UUID item = rs.getObject("item_id", UUID.class);
			LocalDate day = rs.getObject("meeting_date", LocalDate.class);
			String prefix = rs.getBoolean("item_narrower") ? "i_" : "r_";
			Reach reach = Reach.valueOf(rs.getString(prefix + "access"));
			if (reach == Reach.PUBLIC && !"MINUTES_APPROVED".equals(rs.getString("status"))) {
				reach = Reach.MEMBERS;
			}
			Date ends = rs.getDate(prefix + "ends");
			return new Entry("ITEM", rs.getObject("id", UUID.class), "REFERRAL",
					"/meetings/" + rs.getObject("meeting_id", UUID.class) + "#item-" + item, rs.getString("title"),
					String.join("\n", nonNull(names.get(rs.getObject("to_body_id", UUID.class))),
							nonNull(rs.getString("description")), nonNull(rs.getString("expected_return"))),
					(Integer) rs.getObject("case_seq"),
					rs.getObject("case_year") == null ? null : rs.getInt("case_year"),
					rs.getObject("body_id", UUID.class), day, day.getYear(), rs.getString("status"), reach,
					rs.getString(prefix + "basis"), rs.getString(prefix + "public_title"),
					ends == null ? null : ends.toLocalDate());
		}).list().stream();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
