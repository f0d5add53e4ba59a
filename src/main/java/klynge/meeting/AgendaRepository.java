package klynge.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import klynge.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda items and their documents. */
@Repository
class AgendaRepository {

	static final String COLUMNS = """
			id, meeting_id, body_id, parent_id, position, case_year, case_seq, type, title, presenter_person_id,
			presenter_text, proposed_decision, prior_handling, planned_minutes, raised_at_meeting, access,
			exemption_basis, public_title, exemption_ends, version""";

	private final JdbcClient jdbc;

	/**
	 * How often a meeting's agenda was read: the meeting view reads it once per request
	 * ({@code klynge.agenda.loads}).
	 */
	private final Counter loads;

	AgendaRepository(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.loads = Counter.builder("klynge.agenda.loads")
			.description("Agendas of meetings read from the database")
			.register(meters);
	}

	Optional<AgendaItem> find(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from agenda_item where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(AgendaItem.class)
			.optional();
	}

	/**
	 * Top-level items first in agenda order, each followed by nothing: callers group
	 * sub-items by parent.
	 */
	List<AgendaItem> ofMeeting(UUID clusterId, UUID meetingId) {
		loads.increment();
		return jdbc.sql("select " + COLUMNS
				+ " from agenda_item where cluster_id = ? and meeting_id = ? order by parent_id nulls first, position")
			.params(clusterId, meetingId)
			.query(AgendaItem.class)
			.list();
	}

	Optional<AgendaItem> byCaseNumber(UUID clusterId, UUID bodyId, CaseNumber number) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from agenda_item where cluster_id = ? and body_id = ? and case_year = ? and case_seq = ?")
			.params(clusterId, bodyId, number.year(), number.sequence())
			.query(AgendaItem.class)
			.optional();
	}

	int nextPosition(UUID clusterId, UUID meetingId, UUID parentId) {
		return jdbc.sql("""
				select coalesce(max(position), 0) + 1 from agenda_item
				where cluster_id = ? and meeting_id = ? and parent_id is not distinct from ?""")
			.params(clusterId, meetingId, parentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Inserts; top-level items get a provisional number that {@link Agenda} corrects in
	 * the same transaction.
	 */
	UUID insert(UUID clusterId, Meeting meeting, AgendaItemForm form, int position, Integer provisionalSeq) {
		Exemption exemption = form.exemption();
		return jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, parent_id, position, case_year, case_seq, type,
					       title, presenter_person_id, presenter_text, proposed_decision, prior_handling, planned_minutes,
					       raised_at_meeting, access, exemption_basis, public_title, exemption_ends)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, meeting.id(), meeting.bodyId(), form.parentId(), position,
					provisionalSeq == null ? null : meeting.meetingDate().getYear(), provisionalSeq, form.type().name(),
					form.title().trim(), form.presenterPersonId(), Text.blankToNull(form.presenterText()),
					Text.blankToNull(form.proposedDecision()), Text.blankToNull(form.priorHandling()),
					form.plannedMinutes(), form.raisedAtMeeting(), exemption.access().name(), exemption.legalBasis(),
					exemption.publicTitle(), exemption.endsOn())
			.query(UUID.class)
			.single();
	}

	boolean update(UUID clusterId, UUID id, AgendaItemForm form) {
		Exemption exemption = form.exemption();
		return jdbc
			.sql("""
					update agenda_item set type = ?, title = ?, presenter_person_id = ?, presenter_text = ?,
					       proposed_decision = ?, prior_handling = ?, planned_minutes = ?, raised_at_meeting = ?, access = ?,
					       exemption_basis = ?, public_title = ?, exemption_ends = ?, version = version + 1
					where cluster_id = ? and id = ? and version = ?""")
			.params(form.type().name(), form.title().trim(), form.presenterPersonId(),
					Text.blankToNull(form.presenterText()), Text.blankToNull(form.proposedDecision()),
					Text.blankToNull(form.priorHandling()), form.plannedMinutes(), form.raisedAtMeeting(),
					exemption.access().name(), exemption.legalBasis(), exemption.publicTitle(), exemption.endsOn(),
					clusterId, id, form.version())
			.update() == 1;
	}

	void setPosition(UUID clusterId, UUID id, int position) {
		jdbc.sql("update agenda_item set position = ? where cluster_id = ? and id = ? and position <> ?")
			.params(position, clusterId, id, position)
			.update();
	}

	void delete(UUID clusterId, UUID id) {
		jdbc.sql("delete from agenda_item where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	/** Top-level items of a body's meetings in a year, for numbering. */
	List<NumberingRow> numberingRows(UUID clusterId, UUID bodyId, int year) {
		return jdbc.sql("""
				select m.id as meeting_id, m.meeting_date, m.status, i.id as item_id, i.position, i.case_seq
				from meeting m left join agenda_item i
				  on i.cluster_id = m.cluster_id and i.meeting_id = m.id and i.parent_id is null
				where m.cluster_id = ? and m.body_id = ? and extract(year from m.meeting_date) = ?
				order by m.meeting_date, m.id, i.position""")
			.params(clusterId, bodyId, year)
			.query(NumberingRow.class)
			.list();
	}

	record NumberingRow(UUID meetingId, LocalDate meetingDate, MeetingStatus status, UUID itemId, Integer position,
			Integer caseSeq) {
	}

	void setNumber(UUID clusterId, UUID id, int year, int seq) {
		jdbc.sql("update agenda_item set case_year = ?, case_seq = ? where cluster_id = ? and id = ?")
			.params(year, seq, clusterId, id)
			.update();
	}

	/** After a reschedule into another year, the items move with the meeting. */
	void moveToYear(UUID clusterId, UUID meetingId, int year) {
		jdbc.sql(
				"update agenda_item set case_year = ?, case_seq = -case_seq - 1 where cluster_id = ? and meeting_id = ? and case_seq is not null and case_year <> ?")
			.params(year, clusterId, meetingId, year)
			.update();
	}

	List<ItemDocument> documents(UUID clusterId, UUID meetingId) {
		return jdbc.sql("""
				select d.id, d.item_id, d.title, d.url, d.sent_after, d.sent_after_on, d.access, d.exemption_basis,
				       d.public_title, d.exemption_ends, d.position, d.version
				from item_document d join agenda_item i on i.cluster_id = d.cluster_id and i.id = d.item_id
				where d.cluster_id = ? and i.meeting_id = ? order by d.position, d.title""")
			.params(clusterId, meetingId)
			.query(ItemDocument.class)
			.list();
	}

	UUID insertDocument(UUID clusterId, UUID itemId, ItemDocumentForm form, boolean sentAfter, LocalDate sentAfterOn) {
		Exemption exemption = form.exemption();
		return jdbc.sql("""
				insert into item_document (cluster_id, item_id, title, url, sent_after, sent_after_on, access,
				       exemption_basis, public_title, exemption_ends, position)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				        (select coalesce(max(position), 0) + 1 from item_document where cluster_id = ? and item_id = ?))
				returning id""")
			.params(clusterId, itemId, form.title().trim(), form.url().trim(), sentAfter, sentAfterOn,
					exemption.access().name(), exemption.legalBasis(), exemption.publicTitle(), exemption.endsOn(),
					clusterId, itemId)
			.query(UUID.class)
			.single();
	}

	void deleteDocument(UUID clusterId, UUID documentId) {
		jdbc.sql("delete from item_document where cluster_id = ? and id = ?").params(clusterId, documentId).update();
	}

	Optional<ItemDocument> document(UUID clusterId, UUID documentId) {
		return jdbc.sql("""
				select id, item_id, title, url, sent_after, sent_after_on, access, exemption_basis, public_title,
				       exemption_ends, position, version
				from item_document where cluster_id = ? and id = ?""")
			.params(clusterId, documentId)
			.query(ItemDocument.class)
			.optional();
	}

}
