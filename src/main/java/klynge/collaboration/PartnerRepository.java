package klynge.collaboration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.meeting.Access;
import klynge.meeting.Exemption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partners, their status history and links. Agenda items are read through the view
 * meeting publishes ({@code meeting_item_v}); a link to an item that is gone drops out.
 */
@Repository
class PartnerRepository {

	private static final String PARTNER = """
			select id, name, kind, web_site, description, status, status_since, show_publicly, contact_name,
			       contact_email, contact_phone, version
			from collaboration_partner""";

	/** An item behind a partnership with what deciding who may read it needs. */
	record DecisionRow(UUID id, UUID partnerId, UUID itemId, UUID meetingId, UUID bodyId, LocalDate meetingDate,
			Integer caseSeq, Integer caseYear, String title, String access, String exemptionBasis, String publicTitle,
			LocalDate exemptionEnds) {

		Exemption exemption() {
			return new Exemption(Access.valueOf(access), exemptionBasis, publicTitle, exemptionEnds);
		}

		String caseLabel() {
			return caseSeq == null || caseYear == null ? "" : "%02d-%02d".formatted(caseSeq, caseYear % 100);
		}
	}

	record EventRow(UUID id, UUID partnerId, UUID eventId) {
	}

	private final JdbcClient jdbc;

	PartnerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Partner> all(UUID clusterId) {
		return jdbc.sql(PARTNER + " where cluster_id = ? order by lower(name)")
			.param(clusterId)
			.query(Partner.class)
			.list();
	}

	Optional<Partner> find(UUID clusterId, UUID id) {
		return jdbc.sql(PARTNER + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Partner.class)
			.optional();
	}

	Optional<Partner> lock(UUID clusterId, UUID id) {
		return jdbc.sql(PARTNER + " where cluster_id = ? and id = ? for update")
			.params(clusterId, id)
			.query(Partner.class)
			.optional();
	}

	boolean nameTaken(UUID clusterId, String name, UUID except) {
		return jdbc.sql("""
				select count(*) from collaboration_partner
				where cluster_id = ? and lower(name) = lower(?) and id is distinct from ?""")
			.params(clusterId, name, except)
			.query(Integer.class)
			.single() > 0;
	}

	UUID insert(UUID clusterId, PartnerFields f, PartnerStatus status, LocalDate since) {
		return jdbc.sql("""
				insert into collaboration_partner (cluster_id, name, kind, web_site, description, status, status_since,
				                                   show_publicly, contact_name, contact_email, contact_phone)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, f.name(), f.kind().name(), f.webSite(), f.description(), status.name(), since,
					f.showPublicly(), f.contactName(), f.contactEmail(), f.contactPhone())
			.query(UUID.class)
			.single();
	}

	/**
	 * @return false when the version was not the current one (someone saved first)
	 */
	boolean update(UUID clusterId, UUID id, int version, PartnerFields f) {
		return jdbc.sql("""
				update collaboration_partner set name = ?, kind = ?, web_site = ?, description = ?, show_publicly = ?,
				       contact_name = ?, contact_email = ?, contact_phone = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(f.name(), f.kind().name(), f.webSite(), f.description(), f.showPublicly(), f.contactName(),
					f.contactEmail(), f.contactPhone(), clusterId, id, version)
			.update() == 1;
	}

	void setStatus(UUID clusterId, UUID id, PartnerStatus status, LocalDate since) {
		jdbc.sql("""
				update collaboration_partner set status = ?, status_since = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(status.name(), since, clusterId, id).update();
	}

	void insertChange(UUID clusterId, UUID partnerId, PartnerStatus status, LocalDate on, String comment, String by) {
		jdbc.sql(
				"""
						insert into collaboration_status_change (cluster_id, partner_id, status, changed_on, comment, changed_by)
						values (?, ?, ?, ?, ?, ?)""")
			.params(clusterId, partnerId, status.name(), on, comment, by)
			.update();
	}

	/** The history of the partners, each oldest first. */
	List<StatusChange> history(UUID clusterId) {
		return jdbc.sql("""
				select id, partner_id, status, changed_on, comment, changed_by from collaboration_status_change
				where cluster_id = ? order by changed_on, created_at""")
			.param(clusterId)
			.query(StatusChange.class)
			.list();
	}

	List<StatusChange> history(UUID clusterId, UUID partnerId) {
		return jdbc.sql("""
				select id, partner_id, status, changed_on, comment, changed_by from collaboration_status_change
				where cluster_id = ? and partner_id = ? order by changed_on, created_at""")
			.params(clusterId, partnerId)
			.query(StatusChange.class)
			.list();
	}

	List<DecisionRow> decisions(UUID clusterId) {
		return jdbc.sql("""
				select d.id, d.partner_id, d.item_id, i.meeting_id, i.body_id, i.meeting_date, i.case_seq, i.case_year,
				       i.title, i.access, i.exemption_basis, i.public_title, i.exemption_ends
				from collaboration_decision d
				join meeting_item_v i on i.cluster_id = d.cluster_id and i.item_id = d.item_id
				where d.cluster_id = ? order by i.meeting_date, i.case_year, i.case_seq, i.position""")
			.param(clusterId)
			.query(DecisionRow.class)
			.list();
	}

	/** The top-level item of the body with the case number ("25-21"), if any. */
	Optional<UUID> itemByCase(UUID clusterId, UUID bodyId, int sequence, int year) {
		return jdbc.sql("""
				select item_id from meeting_item_v
				where cluster_id = ? and body_id = ? and case_seq = ? and case_year = ? and parent_id is null
				order by meeting_date limit 1""")
			.params(clusterId, bodyId, sequence, year)
			.query(UUID.class)
			.optional();
	}

	boolean linkDecision(UUID clusterId, UUID partnerId, UUID itemId) {
		return jdbc.sql("""
				insert into collaboration_decision (cluster_id, partner_id, item_id) values (?, ?, ?)
				on conflict (cluster_id, partner_id, item_id) do nothing""")
			.params(clusterId, partnerId, itemId)
			.update() == 1;
	}

	int unlinkDecision(UUID clusterId, UUID partnerId, UUID id) {
		return jdbc.sql("delete from collaboration_decision where cluster_id = ? and partner_id = ? and id = ?")
			.params(clusterId, partnerId, id)
			.update();
	}

	List<EventRow> events(UUID clusterId) {
		return jdbc.sql("select id, partner_id, event_id from collaboration_event where cluster_id = ?")
			.param(clusterId)
			.query(EventRow.class)
			.list();
	}

	boolean linkEvent(UUID clusterId, UUID partnerId, UUID eventId) {
		return jdbc.sql("""
				insert into collaboration_event (cluster_id, partner_id, event_id) values (?, ?, ?)
				on conflict (cluster_id, partner_id, event_id) do nothing""")
			.params(clusterId, partnerId, eventId)
			.update() == 1;
	}

	int unlinkEvent(UUID clusterId, UUID partnerId, UUID id) {
		return jdbc.sql("delete from collaboration_event where cluster_id = ? and partner_id = ? and id = ?")
			.params(clusterId, partnerId, id)
			.update();
	}

}
