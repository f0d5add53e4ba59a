package klynge.ideabank;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idea bank's SQL. Every statement filters on the cluster. */
@Repository
class IdeaBankRepository {

	private static final String CALL = "select id, event_id, year, opens_at, closes_at, topics, published_at, version "
			+ "from ideabank_call ";

	private static final String SUBMISSION = """
			select id, call_id, title, abstract as summary, study_programme, institution, supervisor, topic,
			       student_name, email, show_name, thesis_idea, poster_name, poster_bytes, status, decision_comment,
			       session_id, slot_day, slot_starts_at, slot_ends_at, slot_session, submitted_at, version
			from ideabank_submission
			""";

	// what the public may see: approved, with a poster, in a published call
	private static final String POSTER = """
			select s.id, s.title, s.abstract as summary, s.study_programme, s.institution, s.supervisor, s.topic,
			       case when s.show_name then s.student_name end as student, s.thesis_idea, c.year, c.event_id,
			       null as event_title, s.poster_bytes
			from ideabank_submission s join ideabank_call c on c.cluster_id = s.cluster_id and c.id = s.call_id
			where s.cluster_id = ? and s.status = 'APPROVED' and c.published_at is not null and s.poster is not null
			""";

	private final JdbcClient jdbc;

	IdeaBankRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- calls

	List<CallForPresentations> calls(UUID clusterId) {
		return jdbc.sql(CALL + "where cluster_id = ? order by opens_at desc")
			.param(clusterId)
			.query(CallForPresentations.class)
			.list();
	}

	Optional<CallForPresentations> call(UUID clusterId, UUID id) {
		return jdbc.sql(CALL + "where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(CallForPresentations.class)
			.optional();
	}

	Optional<CallForPresentations> callOfEvent(UUID clusterId, UUID eventId) {
		return jdbc.sql(CALL + "where cluster_id = ? and event_id = ?")
			.params(clusterId, eventId)
			.query(CallForPresentations.class)
			.optional();
	}

	UUID insertCall(UUID clusterId, UUID eventId, int year, OffsetDateTime opens, OffsetDateTime closes,
			String topics) {
		return jdbc.sql("""
				insert into ideabank_call (cluster_id, event_id, year, opens_at, closes_at, topics)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, eventId, year, opens, closes, topics)
			.query(UUID.class)
			.single();
	}

	boolean updateCall(UUID clusterId, UUID id, int version, OffsetDateTime opens, OffsetDateTime closes,
			String topics) {
		return jdbc.sql("""
				update ideabank_call set opens_at = ?, closes_at = ?, topics = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(opens, closes, topics, clusterId, id, version)
			.update() == 1;
	}

	/**
	 * Publishes the call: its approved posters go public; every status link and e-mail is
	 * cleared, and a rejected submission loses its name and poster.
	 */
	void publish(UUID clusterId, UUID id, Instant now) {
		jdbc.sql("update ideabank_call set published_at = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), clusterId, id)
			.update();
		jdbc.sql("""
				update ideabank_submission set email = null, token_hash = null,
				       student_name = case when status = 'REJECTED' then null else student_name end,
				       poster = case when status = 'REJECTED' then null else poster end,
				       poster_bytes = case when status = 'REJECTED' then null else poster_bytes end,
				       version = version + 1
				where cluster_id = ? and call_id = ?""").params(clusterId, id).update();
	}

	// --- submissions

	UUID insertSubmission(UUID clusterId, UUID callId, SubmissionForm f, String posterName, byte[] poster,
			String tokenHash) {
		return jdbc.sql("""
				insert into ideabank_submission (cluster_id, call_id, title, abstract, study_programme, institution,
				       supervisor, topic, student_name, email, show_name, thesis_idea, poster, poster_name,
				       poster_bytes, token_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, callId, f.title().strip(), f.summary().strip(), f.studyProgramme().strip(),
					f.institution().strip(), f.supervisor().strip(), IdeaBankRules.blankToNull(f.topic()),
					f.name().strip(), f.email().strip(), f.showName(), f.thesisIdea(), poster, posterName,
					poster.length, tokenHash)
			.query(UUID.class)
			.single();
	}

	List<Submission> submissions(UUID clusterId, UUID callId) {
		return jdbc.sql(SUBMISSION + "where cluster_id = ? and call_id = ? order by submitted_at")
			.params(clusterId, callId)
			.query(Submission.class)
			.list();
	}

	Optional<Submission> submission(UUID clusterId, UUID id) {
		return jdbc.sql(SUBMISSION + "where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Submission.class)
			.optional();
	}

	Optional<Submission> byToken(UUID clusterId, String tokenHash) {
		return jdbc.sql(SUBMISSION + "where cluster_id = ? and token_hash = ?")
			.params(clusterId, tokenHash)
			.query(Submission.class)
			.optional();
	}

	boolean decide(UUID clusterId, UUID id, int version, SubmissionStatus status, String comment, boolean thesisIdea) {
		return jdbc.sql("""
				update ideabank_submission set status = ?, decision_comment = ?, thesis_idea = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(status.name(), comment, thesisIdea, clusterId, id, version)
			.update() == 1;
	}

	void setSlot(UUID clusterId, UUID id, UUID sessionId, IdeaBankRules.Slot slot) {
		jdbc.sql("""
				update ideabank_submission set session_id = ?, slot_day = ?, slot_starts_at = ?, slot_ends_at = ?,
				       slot_session = ?, version = version + 1
				where cluster_id = ? and id = ?""")
			.params(sessionId, slot == null ? null : slot.day(), slot == null ? null : slot.start(),
					slot == null ? null : slot.end(), slot == null ? null : slot.session(), clusterId, id)
			.update();
	}

	record PosterFile(String name, byte[] content) {
	}

	Optional<PosterFile> posterFile(UUID clusterId, UUID id, boolean publishedOnly) {
		String sql = publishedOnly ? """
				select s.poster_name as name, s.poster as content
				from ideabank_submission s join ideabank_call c on c.cluster_id = s.cluster_id and c.id = s.call_id
				where s.cluster_id = ? and s.id = ? and s.status = 'APPROVED' and c.published_at is not null
				  and s.poster is not null""" : """
				select poster_name as name, poster as content from ideabank_submission
				where cluster_id = ? and id = ? and poster is not null""";
		return jdbc.sql(sql).params(clusterId, id).query(PosterFile.class).optional();
	}

	// --- the public idea bank

	List<Poster> posters(UUID clusterId, PosterSearch q) {
		StringBuilder sql = new StringBuilder(POSTER);
		List<Object> params = new ArrayList<>();
		params.add(clusterId);
		if (q.tema() != null) {
			sql.append(" and s.topic = ?");
			params.add(q.tema());
		}
		if (q.institusjon() != null) {
			sql.append(" and s.institution = ?");
			params.add(q.institusjon());
		}
		if (q.aar() != null) {
			sql.append(" and c.year = ?");
			params.add(q.aar());
		}
		if (q.q() != null) {
			sql.append(" and (s.title ilike ? or s.abstract ilike ? or s.topic ilike ? or s.study_programme ilike ?)");
			String like = IdeaBankRules.likePattern(q.q());
			params.addAll(List.of(like, like, like, like));
		}
		sql.append(" order by c.year desc, s.title");
		return jdbc.sql(sql.toString()).params(params).query(Poster.class).list();
	}

	Optional<Poster> poster(UUID clusterId, UUID id) {
		return jdbc.sql(POSTER + " and s.id = ?").params(clusterId, id).query(Poster.class).optional();
	}

	/**
	 * The values the filters offer: the topics, institutions and years of public posters.
	 */
	record Filters(List<String> topics, List<String> institutions, List<Integer> years) {
	}

	Filters filters(UUID clusterId) {
		List<Poster> all = posters(clusterId, new PosterSearch(null, null, null, null));
		return new Filters(all.stream().map(Poster::topic).filter(t -> t != null).distinct().sorted().toList(),
				all.stream().map(Poster::institution).distinct().sorted().toList(),
				all.stream().map(Poster::year).distinct().sorted(java.util.Comparator.reverseOrder()).toList());
	}

	/** Posters published for the year's calls, counted by institution. */
	record InstitutionCount(String institution, long posters) {
	}

	List<InstitutionCount> publishedByInstitution(UUID clusterId, int year) {
		return jdbc.sql("""
				select s.institution, count(*) as posters
				from ideabank_submission s join ideabank_call c on c.cluster_id = s.cluster_id and c.id = s.call_id
				where s.cluster_id = ? and c.year = ? and s.status = 'APPROVED' and c.published_at is not null
				  and s.poster is not null
				group by s.institution order by count(*) desc, s.institution""")
			.params(clusterId, year)
			.query(InstitutionCount.class)
			.list();
	}

	// --- thesis ideas

	List<Idea> ideas(UUID clusterId) {
		return jdbc.sql("""
				select id, title, description, organisation, topic, null::uuid as poster_id, null::integer as year
				from ideabank_idea where cluster_id = ? order by created_at desc""")
			.param(clusterId)
			.query(Idea.class)
			.list();
	}

	UUID insertIdea(UUID clusterId, String title, String description, String organisation, String topic) {
		return jdbc.sql("""
				insert into ideabank_idea (cluster_id, title, description, organisation, topic)
				values (?, ?, ?, ?, ?) returning id""")
			.params(clusterId, title, description, organisation, topic)
			.query(UUID.class)
			.single();
	}

	int deleteIdea(UUID clusterId, UUID id) {
		return jdbc.sql("delete from ideabank_idea where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

}
