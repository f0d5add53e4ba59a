package klynge.appointment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.body.MembershipRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Positions, free terms, processes, steps and warnings, always within one cluster. */
@Repository
class AppointmentRepository {

	record StepRow(UUID id, UUID processId, ProcessStep step, LocalDate happenedOn, String note, UUID personId) {
	}

	record ItemRow(UUID stepId, UUID itemId, UUID meetingId, LocalDate meetingDate, Integer caseSeq, Integer caseYear,
			String title) {
	}

	record ProcessRow(UUID id, UUID positionId, LocalDate termFrom, LocalDate termTo, ProcessStep step) {
	}

	record TermRow(UUID id, UUID personId, LocalDate validFrom, LocalDate validTo) {
	}

	private static final String POSITION = "id, name, body_id, role, term_years, position as sort_order, version";

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Position> positions(UUID clusterId) {
		return jdbc
			.sql("select " + POSITION + " from appointment_position where cluster_id = ? order by position, name")
			.param(clusterId)
			.query(Position.class)
			.list();
	}

	Optional<Position> position(UUID clusterId, UUID id) {
		return jdbc.sql("select " + POSITION + " from appointment_position where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Position.class)
			.optional();
	}

	boolean nameTaken(UUID clusterId, String name) {
		return jdbc.sql("select count(*) from appointment_position where cluster_id = ? and lower(name) = lower(?)")
			.params(clusterId, name)
			.query(Integer.class)
			.single() > 0;
	}

	boolean bodyRoleTaken(UUID clusterId, UUID bodyId, MembershipRole role) {
		return jdbc.sql("select count(*) from appointment_position where cluster_id = ? and body_id = ? and role = ?")
			.params(clusterId, bodyId, role.name())
			.query(Integer.class)
			.single() > 0;
	}

	UUID insertPosition(UUID clusterId, String name, UUID bodyId, MembershipRole role, int termYears) {
		return jdbc.sql("""
				insert into appointment_position (cluster_id, name, body_id, role, term_years, position)
				values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from appointment_position
				                        where cluster_id = ?))
				returning id""")
			.params(clusterId, name, bodyId, role == null ? null : role.name(), termYears, clusterId)
			.query(UUID.class)
			.single();
	}

	List<TermRow> freeTerms(UUID clusterId, UUID positionId) {
		return jdbc.sql("""
				select id, person_id, valid_from, valid_to from appointment_term
				where cluster_id = ? and position_id = ? order by valid_from""")
			.params(clusterId, positionId)
			.query(TermRow.class)
			.list();
	}

	UUID insertFreeTerm(UUID clusterId, UUID positionId, UUID personId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				insert into appointment_term (cluster_id, position_id, person_id, valid_from, valid_to)
				values (?, ?, ?, ?, ?) returning id""")
			.params(clusterId, positionId, personId, from, to)
			.query(UUID.class)
			.single();
	}

	void endFreeTerm(UUID clusterId, UUID termId, LocalDate day) {
		jdbc.sql("update appointment_term set valid_to = ? where cluster_id = ? and id = ?")
			.params(day, clusterId, termId)
			.update();
	}

	List<ProcessRow> processes(UUID clusterId) {
		return jdbc.sql("""
				select id, position_id, term_from, term_to, step from appointment_process
				where cluster_id = ? order by term_from desc, created_at desc""")
			.param(clusterId)
			.query(ProcessRow.class)
			.list();
	}

	Optional<ProcessRow> process(UUID clusterId, UUID id) {
		return jdbc.sql("""
				select id, position_id, term_from, term_to, step from appointment_process
				where cluster_id = ? and id = ?""").params(clusterId, id).query(ProcessRow.class).optional();
	}

	UUID insertProcess(UUID clusterId, UUID positionId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				insert into appointment_process (cluster_id, position_id, term_from, term_to)
				values (?, ?, ?, ?) returning id""").params(clusterId, positionId, from, to).query(UUID.class).single();
	}

	/**
	 * Moves the process on, if it is still at {@code from} (a second submit does
	 * nothing).
	 */
	boolean advance(UUID clusterId, UUID processId, ProcessStep from, ProcessStep to) {
		return jdbc.sql("""
				update appointment_process set step = ?, version = version + 1
				where cluster_id = ? and id = ? and step = ?""")
			.params(to.name(), clusterId, processId, from.name())
			.update() == 1;
	}

	List<StepRow> steps(UUID clusterId) {
		return jdbc.sql("""
				select id, process_id, step, happened_on, note, person_id from appointment_step
				where cluster_id = ? order by happened_on, step""").param(clusterId).query(StepRow.class).list();
	}

	UUID insertStep(UUID clusterId, UUID processId, ProcessStep step, LocalDate day, String note, UUID personId) {
		return jdbc.sql("""
				insert into appointment_step (cluster_id, process_id, step, happened_on, note, person_id)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, processId, step.name(), day, note, personId)
			.query(UUID.class)
			.single();
	}

	void linkItem(UUID clusterId, UUID stepId, UUID itemId) {
		jdbc.sql("""
				insert into appointment_step_item (cluster_id, step_id, item_id) values (?, ?, ?)
				on conflict do nothing""").params(clusterId, stepId, itemId).update();
	}

	/** The linked items of the cluster's steps, read through meeting's published view. */
	List<ItemRow> linkedItems(UUID clusterId) {
		return jdbc.sql("""
				select l.step_id, i.item_id, i.meeting_id, i.meeting_date, i.case_seq, i.case_year, i.title
				from appointment_step_item l
				join meeting_item_v i on i.cluster_id = l.cluster_id and i.item_id = l.item_id
				where l.cluster_id = ? order by i.meeting_date, i.position""")
			.param(clusterId)
			.query(ItemRow.class)
			.list();
	}

	/** The item of a body's meetings with this case number, if any. */
	Optional<UUID> itemByCase(UUID clusterId, UUID bodyId, int seq, int year) {
		return jdbc.sql("""
				select item_id from meeting_item_v
				where cluster_id = ? and body_id = ? and case_seq = ? and case_year = ? and parent_id is null
				order by meeting_date limit 1""").params(clusterId, bodyId, seq, year).query(UUID.class).optional();
	}

	List<UUID> existingItems(UUID clusterId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select item_id from meeting_item_v where cluster_id = :cluster and item_id in (:ids)")
			.param("cluster", clusterId)
			.param("ids", ids)
			.query(UUID.class)
			.list();
	}

	/**
	 * Records the warning for a term; false when it was already warned (once per term).
	 */
	boolean warn(UUID clusterId, UUID positionId, UUID personId, LocalDate termEnds, LocalDate today) {
		return jdbc.sql("""
				insert into appointment_warning (cluster_id, position_id, person_id, term_ends, warned_on)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(clusterId, positionId, personId, termEnds, today)
			.update() == 1;
	}

	Optional<LocalDate> warnedOn(UUID clusterId, UUID positionId, UUID personId, LocalDate termEnds) {
		return jdbc.sql("""
				select warned_on from appointment_warning
				where cluster_id = ? and position_id = ? and person_id = ? and term_ends = ?""")
			.params(clusterId, positionId, personId, termEnds)
			.query(LocalDate.class)
			.optional();
	}

}
