package klynge.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.meeting.Access;
import klynge.meeting.Exemption;
import klynge.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases, their items and referrals. Items are read with their meeting; a sub-item carries
 * its parent's number.
 */
@Repository
class CaseRepository {

	/**
	 * An item as meeting publishes it (meeting_item_v): a sub-item already carries its
	 * parent's number.
	 */
	static final String ITEM = """
			select i.item_id, i.meeting_id, i.meeting_date, i.body_id, i.case_year, i.case_seq,
			       i.title, i.access, i.exemption_basis, i.public_title, i.exemption_ends
			from meeting_item_v i""";

	/**
	 * A case; its title carries the access of the item it came from
	 * ({@code sourceItemId}).
	 */
	record CaseRow(UUID id, String title, Access access, String exemptionBasis, String publicTitle,
			LocalDate exemptionEnds, UUID sourceItemId, int version) {

		Exemption exemption() {
			return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
		}
	}

	/**
	 * A case in the list; {@code title} is null when the viewer may not read it and there
	 * is no public title.
	 */
	record CaseSummary(UUID id, String title, long items, LocalDate firstDate, LocalDate lastDate) {
	}

	record ReferralRow(UUID id, UUID fromItemId, UUID toBodyId, String description, String expectedReturn,
			UUID expectedMeetingId, String status, UUID handledByItemId, UUID caseId, UUID scheduledItemId,
			Access access, String exemptionBasis, String publicTitle, LocalDate exemptionEnds) {

		Exemption exemption() {
			return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
		}
	}

	private static final String CASE = """
			select id, title, access, exemption_basis, public_title, exemption_ends, source_item_id, version
			from case_file""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ItemRef> item(UUID clusterId, UUID itemId) {
		return jdbc.sql(ITEM + " where i.cluster_id = ? and i.item_id = ?")
			.params(clusterId, itemId)
			.query(ItemRef.class)
			.optional();
	}

	List<ItemRef> itemsOfCase(UUID clusterId, UUID caseId) {
		return jdbc.sql(ITEM + """
				 join case_item ci on ci.cluster_id = i.cluster_id and ci.item_id = i.item_id
				where i.cluster_id = ? and ci.case_id = ?
				order by i.meeting_date, i.starts_at nulls first, i.position""")
			.params(clusterId, caseId)
			.query(ItemRef.class)
			.list();
	}

	Optional<CaseRow> find(UUID clusterId, UUID id) {
		return jdbc.sql(CASE + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(CaseRow.class)
			.optional();
	}

	/**
	 * Every case of the cluster (the list then shows each title as its viewer may read
	 * it).
	 */
	List<CaseRow> all(UUID clusterId) {
		return jdbc.sql(CASE + " where cluster_id = ?").params(clusterId).query(CaseRow.class).list();
	}

	List<CaseSummary> list(UUID clusterId) {
		return jdbc
			.sql("""
					select c.id, c.title, count(ci.id) as items, min(i.meeting_date) as first_date, max(i.meeting_date) as last_date
					from case_file c
					left join case_item ci on ci.cluster_id = c.cluster_id and ci.case_id = c.id
					left join meeting_item_v i on i.cluster_id = ci.cluster_id and i.item_id = ci.item_id
					where c.cluster_id = ?
					group by c.id, c.title order by max(i.meeting_date) desc nulls last, c.title""")
			.params(clusterId)
			.query(CaseSummary.class)
			.list();
	}

	/** The case of each of the items that is in one, in one query. */
	Map<UUID, CaseRow> casesOfItems(UUID clusterId, Collection<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, CaseRow> cases = new HashMap<>();
		jdbc.sql("""
				select ci.item_id, c.id, c.title, c.access, c.exemption_basis, c.public_title, c.exemption_ends,
				       c.source_item_id, c.version
				from case_item ci
				join case_file c on c.cluster_id = ci.cluster_id and c.id = ci.case_id
				where ci.cluster_id = :cluster and ci.item_id in (:items)""")
			.param("cluster", clusterId)
			.param("items", Set.copyOf(itemIds))
			.query((rs, n) -> cases.put(rs.getObject("item_id", UUID.class),
					new CaseRow(rs.getObject("id", UUID.class), rs.getString("title"),
							Access.valueOf(rs.getString("access")), rs.getString("exemption_basis"),
							rs.getString("public_title"), rs.getObject("exemption_ends", LocalDate.class),
							rs.getObject("source_item_id", UUID.class), rs.getInt("version"))))
			.list();
		return cases;
	}

	Optional<UUID> caseOfItem(UUID clusterId, UUID itemId) {
		return jdbc.sql("select case_id from case_item where cluster_id = ? and item_id = ?")
			.params(clusterId, itemId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * A new case whose title came from (or was given for) {@code source}, with that
	 * item's access.
	 */
	UUID insertCase(UUID clusterId, String title, ItemRef source) {
		Exemption exemption = source.exemption();
		return jdbc
			.sql("""
					insert into case_file (cluster_id, title, access, exemption_basis, public_title, exemption_ends, source_item_id)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, title, exemption.access().name(), exemption.legalBasis(), exemption.publicTitle(),
					exemption.endsOn(), source.itemId())
			.query(UUID.class)
			.single();
	}

	void addItem(UUID clusterId, UUID caseId, UUID itemId) {
		jdbc.sql("insert into case_item (cluster_id, case_id, item_id) values (?, ?, ?)")
			.params(clusterId, caseId, itemId)
			.update();
	}

	/** Moves every item of one case into another and removes the emptied case. */
	void merge(UUID clusterId, UUID from, UUID into) {
		jdbc.sql("update case_item set case_id = ? where cluster_id = ? and case_id = ?")
			.params(into, clusterId, from)
			.update();
		jdbc.sql("update referral set case_id = ? where cluster_id = ? and case_id = ?")
			.params(into, clusterId, from)
			.update();
		jdbc.sql("delete from case_file where cluster_id = ? and id = ?").params(clusterId, from).update();
	}

	private static final String REFERRAL = """
			select r.id, r.from_item_id, r.to_body_id, r.description, r.expected_return, r.expected_meeting_id, r.status,
			       r.handled_by_item_id, r.case_id, r.access, r.exemption_basis, r.public_title, r.exemption_ends,
			       (select b.scheduled_item_id from backlog_entry b where b.cluster_id = r.cluster_id and b.referral_id = r.id
			          and b.body_id = r.to_body_id and b.scheduled_item_id is not null limit 1) as scheduled_item_id
			from referral r where r.cluster_id = :cluster""";

	Optional<ReferralRow> referral(UUID clusterId, UUID id) {
		return jdbc.sql(REFERRAL + " and r.id = :id")
			.param("cluster", clusterId)
			.param("id", id)
			.query(ReferralRow.class)
			.optional();
	}

	/** Referrals from or to any of the given items (to = scheduled or handled there). */
	List<ReferralRow> referralsTouching(UUID clusterId, List<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from (" + REFERRAL + ") x where x.from_item_id in (:ids) or x.scheduled_item_id in (:ids)"
					+ " or x.handled_by_item_id in (:ids) order by x.id")
			.param("cluster", clusterId)
			.param("ids", itemIds)
			.query(ReferralRow.class)
			.list();
	}

	/**
	 * Referrals whose target's backlog entry was scheduled into items of this meeting and
	 * are not handled yet.
	 */
	List<ReferralRow> scheduledInto(UUID clusterId, UUID meetingId) {
		return jdbc.sql("select * from (" + REFERRAL + """
				) x where x.status = 'SCHEDULED' and x.scheduled_item_id in
				(select item_id from meeting_item_v where cluster_id = :cluster and meeting_id = :meeting)""")
			.param("cluster", clusterId)
			.param("meeting", meetingId)
			.query(ReferralRow.class)
			.list();
	}

	UUID insertReferral(UUID clusterId, UUID fromItemId, ReferralForm form, Exemption exemption) {
		return jdbc
			.sql("""
					insert into referral (cluster_id, from_item_id, to_body_id, description, expected_return, expected_meeting_id,
					                      access, exemption_basis, public_title, exemption_ends)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, fromItemId, form.toBodyId(), form.description(), Text.blankToNull(form.expectedReturn()),
					form.expectedMeetingId(), exemption.access().name(), exemption.legalBasis(),
					exemption.publicTitle(), exemption.endsOn())
			.query(UUID.class)
			.single();
	}

	void referralScheduled(UUID clusterId, UUID id) {
		jdbc.sql(
				"update referral set status = 'SCHEDULED', version = version + 1 where cluster_id = ? and id = ? and status = 'OPEN'")
			.params(clusterId, id)
			.update();
	}

	void referralHandled(UUID clusterId, UUID id, UUID itemId, UUID caseId) {
		jdbc.sql("""
				update referral set status = 'HANDLED', handled_by_item_id = ?, case_id = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(itemId, caseId, clusterId, id).update();
	}

}
