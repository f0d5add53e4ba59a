package klynge.anchoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The anchoring tables; every query names its cluster. */
@Repository
class AnchoringRepository {

	private static final String CASE = """
			select id, subject_kind, subject_id, title, path, answer_by, opened_at, anchored_at from anchoring_case""";

	private static final String REQUEST = """
			select id, case_id, organisation_id, representative_person_id, representative_chosen, sent_at, answer,
			       answer_comment, answered_at, withdrawn_at from anchoring_request""";

	private final JdbcClient jdbc;

	AnchoringRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record CaseRow(UUID id, String subjectKind, UUID subjectId, String title, String path, LocalDate answerBy,
			OffsetDateTime openedAt, OffsetDateTime anchoredAt) {

		AnchoringSubject subject() {
			return new AnchoringSubject(subjectKind, subjectId, title, path);
		}
	}

	record RequestRow(UUID id, UUID caseId, UUID organisationId, UUID representativePersonId,
			boolean representativeChosen, OffsetDateTime sentAt, AnchoringAnswer answer, String answerComment,
			OffsetDateTime answeredAt, OffsetDateTime withdrawnAt) {
	}

	record LinkRow(UUID id, UUID requestId, OffsetDateTime endedAt) {
	}

	record ReminderRow(UUID requestId, LocalDate sentOn) {
	}

	record CommentRow(UUID requestId, String text, OffsetDateTime writtenAt) {
	}

	/**
	 * @return empty when the subject has an anchoring already
	 */
	Optional<UUID> insertCase(UUID clusterId, AnchoringSubject subject, LocalDate answerBy, String actor) {
		return jdbc.sql("""
				insert into anchoring_case (cluster_id, subject_kind, subject_id, title, path, answer_by, opened_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (cluster_id, subject_kind, subject_id) do nothing
				returning id""")
			.params(clusterId, subject.kind(), subject.id(), subject.title(), subject.path(), answerBy, actor)
			.query(UUID.class)
			.optional();
	}

	UUID insertRequest(UUID clusterId, UUID caseId, UUID organisationId, UUID personId) {
		return jdbc.sql("""
				insert into anchoring_request (cluster_id, case_id, organisation_id, representative_person_id)
				values (?, ?, ?, ?) returning id""")
			.params(clusterId, caseId, organisationId, personId)
			.query(UUID.class)
			.single();
	}

	void markSent(UUID clusterId, UUID requestId) {
		jdbc.sql("update anchoring_request set sent_at = now(), version = version + 1 where cluster_id = ? and id = ?")
			.params(clusterId, requestId)
			.update();
	}

	void insertLink(UUID clusterId, UUID requestId, String tokenHash) {
		jdbc.sql("insert into anchoring_link (cluster_id, request_id, token_hash) values (?, ?, ?)")
			.params(clusterId, requestId, tokenHash)
			.update();
	}

	Optional<LinkRow> link(UUID clusterId, String tokenHash) {
		return jdbc.sql("select id, request_id, ended_at from anchoring_link where cluster_id = ? and token_hash = ?")
			.params(clusterId, tokenHash)
			.query(LinkRow.class)
			.optional();
	}

	void endLinks(UUID clusterId, UUID requestId) {
		jdbc.sql("""
				update anchoring_link set ended_at = now()
				where cluster_id = ? and request_id = ? and ended_at is null""").params(clusterId, requestId).update();
	}

	/** Locks the case for the rest of the transaction: answers to one case queue up. */
	Optional<CaseRow> lockCase(UUID clusterId, UUID caseId) {
		return jdbc.sql(CASE + " where cluster_id = ? and id = ? for update")
			.params(clusterId, caseId)
			.query(CaseRow.class)
			.optional();
	}

	Optional<CaseRow> findCase(UUID clusterId, UUID caseId) {
		return jdbc.sql(CASE + " where cluster_id = ? and id = ?")
			.params(clusterId, caseId)
			.query(CaseRow.class)
			.optional();
	}

	Optional<CaseRow> caseOf(UUID clusterId, String kind, UUID subjectId) {
		return jdbc.sql(CASE + " where cluster_id = ? and subject_kind = ? and subject_id = ?")
			.params(clusterId, kind, subjectId)
			.query(CaseRow.class)
			.optional();
	}

	List<CaseRow> cases(UUID clusterId) {
		return jdbc.sql(CASE + " where cluster_id = ? order by opened_at desc, title")
			.param(clusterId)
			.query(CaseRow.class)
			.list();
	}

	List<RequestRow> requests(UUID clusterId, Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(REQUEST + " where cluster_id = ? and case_id = any(?)")
			.params(clusterId, caseIds.toArray(UUID[]::new))
			.query(RequestRow.class)
			.list();
	}

	Optional<RequestRow> request(UUID clusterId, UUID requestId) {
		return jdbc.sql(REQUEST + " where cluster_id = ? and id = ?")
			.params(clusterId, requestId)
			.query(RequestRow.class)
			.optional();
	}

	List<RequestRow> requestsOfPerson(UUID clusterId, UUID personId) {
		return jdbc.sql(REQUEST + " where cluster_id = ? and representative_person_id = ? and withdrawn_at is null")
			.params(clusterId, personId)
			.query(RequestRow.class)
			.list();
	}

	List<ReminderRow> reminders(UUID clusterId, Collection<UUID> requestIds) {
		if (requestIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select request_id, sent_on from anchoring_reminder where cluster_id = ? and request_id = any(?)
				order by sent_on""").params(clusterId, requestIds.toArray(UUID[]::new)).query(ReminderRow.class).list();
	}

	List<CommentRow> comments(UUID clusterId, Collection<UUID> requestIds) {
		if (requestIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select request_id, text, written_at from anchoring_comment where cluster_id = ? and request_id = any(?)
				order by written_at""")
			.params(clusterId, requestIds.toArray(UUID[]::new))
			.query(CommentRow.class)
			.list();
	}

	/**
	 * @return false when the request was answered or withdrawn meanwhile
	 */
	boolean answer(UUID clusterId, UUID requestId, AnchoringAnswer answer, String comment, String actor) {
		return jdbc.sql("""
				update anchoring_request set answer = ?, answer_comment = ?, answered_at = now(), answered_by = ?,
				       version = version + 1
				where cluster_id = ? and id = ? and answer is null and withdrawn_at is null""")
			.params(answer.name(), comment, actor, clusterId, requestId)
			.update() == 1;
	}

	void addComment(UUID clusterId, UUID requestId, String text, String actor) {
		jdbc.sql("insert into anchoring_comment (cluster_id, request_id, text, written_by) values (?, ?, ?, ?)")
			.params(clusterId, requestId, text, actor)
			.update();
	}

	/**
	 * @return false when the request was reminded on that day already
	 */
	boolean insertReminder(UUID clusterId, UUID requestId, LocalDate day, String actor) {
		return jdbc.sql("""
				insert into anchoring_reminder (cluster_id, request_id, sent_on, sent_by) values (?, ?, ?, ?)
				on conflict (cluster_id, request_id, sent_on) do nothing""")
			.params(clusterId, requestId, day, actor)
			.update() == 1;
	}

	void setRepresentative(UUID clusterId, UUID requestId, UUID personId) {
		jdbc.sql("""
				update anchoring_request set representative_person_id = ?, representative_chosen = true, sent_at = null,
				       version = version + 1
				where cluster_id = ? and id = ?""").params(personId, clusterId, requestId).update();
	}

	void withdraw(UUID clusterId, UUID requestId) {
		jdbc.sql("""
				update anchoring_request set withdrawn_at = now(), version = version + 1
				where cluster_id = ? and id = ? and withdrawn_at is null""").params(clusterId, requestId).update();
	}

	/**
	 * @return true only for the call that marked it (the event goes out once)
	 */
	boolean markAnchored(UUID clusterId, UUID caseId) {
		return jdbc.sql(
				"update anchoring_case set anchored_at = now() where cluster_id = ? and id = ? and anchored_at is null")
			.params(clusterId, caseId)
			.update() == 1;
	}

	/** Cases not anchored yet, for the daily reminders. */
	List<CaseRow> openCases(UUID clusterId) {
		return jdbc.sql(CASE + " where cluster_id = ? and anchored_at is null")
			.param(clusterId)
			.query(CaseRow.class)
			.list();
	}

	/** The day of the latest mail to the request (sent or reminded), or null. */
	Optional<LocalDate> lastMailedOn(UUID clusterId, UUID requestId, String zone) {
		return jdbc
			.sql("""
					select greatest((select max(sent_on) from anchoring_reminder where cluster_id = ? and request_id = ?),
					                (select (sent_at at time zone ?)::date from anchoring_request where cluster_id = ? and id = ?))""")
			.params(clusterId, requestId, zone, clusterId, requestId)
			.query(LocalDate.class)
			.optional();
	}

}
