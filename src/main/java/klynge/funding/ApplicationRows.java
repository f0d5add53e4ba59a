package klynge.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of applications, their organisations, named persons, budget lines and attachments.
 */
@Repository
class ApplicationRows {

	private static final String COLUMNS = """
			a.id, a.call_id, a.applicant_id, p.account_id, a.title, a.lead_name, a.lead_email, a.summary, a.status,
			a.submitted_at, a.updated_at, a.version""";

	private final JdbcClient jdbc;

	ApplicationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Application> find(UUID cluster, UUID id) {
		return jdbc
			.sql("select " + COLUMNS + " from application a join applicant p on p.cluster_id = a.cluster_id "
					+ "and p.id = a.applicant_id where a.cluster_id = ? and a.id = ?")
			.params(cluster, id)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.optional()
			.map(found -> load(cluster, found));
	}

	List<Application> ofApplicant(UUID cluster, UUID applicantId) {
		return ids(
				"select a.id from application a where a.cluster_id = ? and a.applicant_id = ? order by a.created_at desc",
				cluster, applicantId)
			.stream()
			.map(id -> load(cluster, id))
			.toList();
	}

	List<Application> ofCall(UUID cluster, UUID callId) {
		return ids("select a.id from application a where a.cluster_id = ? and a.call_id = ? order by a.created_at",
				cluster, callId)
			.stream()
			.map(id -> load(cluster, id))
			.toList();
	}

	private List<UUID> ids(String sql, UUID cluster, UUID id) {
		return jdbc.sql(sql).params(cluster, id).query(UUID.class).list();
	}

	private Application load(UUID cluster, UUID id) {
		List<UUID> partners = new ArrayList<>();
		UUID[] lead = new UUID[1];
		jdbc.sql(
				"select organisation_id, role from application_organisation where cluster_id = ? and application_id = ? "
						+ "order by role, id")
			.params(cluster, id)
			.query((rs, n) -> {
				if ("LEAD".equals(rs.getString("role"))) {
					lead[0] = rs.getObject(1, UUID.class);
				}
				else {
					partners.add(rs.getObject(1, UUID.class));
				}
				return null;
			})
			.list();
		List<BudgetLine> budget = jdbc.sql("""
				select kind, description, organisation_id, amount from application_budget_line
				where cluster_id = ? and application_id = ? order by position""")
			.params(cluster, id)
			.query((rs, n) -> new BudgetLine(BudgetLineKind.valueOf(rs.getString("kind")), rs.getString("description"),
					rs.getObject("organisation_id", UUID.class), rs.getBigDecimal("amount")))
			.list();
		List<Participant> participants = jdbc.sql("""
				select name, email, organisation_id, project_role from application_person
				where cluster_id = ? and application_id = ? and role = 'PARTICIPANT' order by id""")
			.params(cluster, id)
			.query((rs, n) -> new Participant(rs.getString("name"), rs.getString("email"),
					rs.getObject("organisation_id", UUID.class), rs.getString("project_role")))
			.list();
		List<NamedPerson> persons = jdbc.sql("""
				select role, name, email, person_id, organisation_id from application_person
				where cluster_id = ? and application_id = ? order by role, name""")
			.params(cluster, id)
			.query((rs, n) -> new NamedPerson(NamedPerson.Role.valueOf(rs.getString("role")), rs.getString("name"),
					rs.getString("email"), rs.getObject("person_id", UUID.class),
					rs.getObject("organisation_id", UUID.class)))
			.list();
		return jdbc
			.sql("select " + COLUMNS + " from application a join applicant p on p.cluster_id = a.cluster_id "
					+ "and p.id = a.applicant_id where a.cluster_id = ? and a.id = ?")
			.params(cluster, id)
			.query((rs, n) -> application(rs, lead[0], partners, budget, participants, persons))
			.single();
	}

	private static Application application(ResultSet rs, UUID lead, List<UUID> partners, List<BudgetLine> budget,
			List<Participant> participants, List<NamedPerson> persons) throws SQLException {
		ApplicationContent content = new ApplicationContent(rs.getString("title"), rs.getString("lead_name"),
				rs.getString("lead_email"), lead, partners, rs.getString("summary"), budget, participants);
		return new Application(rs.getObject("id", UUID.class), rs.getObject("call_id", UUID.class),
				rs.getObject("applicant_id", UUID.class), rs.getObject("account_id", UUID.class), content, persons,
				ApplicationStatus.valueOf(rs.getString("status")), CallRows.instant(rs, "submitted_at"),
				CallRows.instant(rs, "updated_at"), rs.getInt("version"));
	}

	/**
	 * Writes the content over the draft: the row, then its organisations, lead and
	 * budget.
	 */
	int save(UUID cluster, UUID id, ApplicationContent content, UUID leadPersonId, List<UUID> participantPersonIds,
			int version) {
		int changed = jdbc.sql("""
				update application set title = ?, lead_name = ?, lead_email = ?, summary = ?, updated_at = now(),
				       version = version + 1
				where cluster_id = ? and id = ? and version = ? and status = 'DRAFT'""")
			.params(content.title(), content.leadName(), content.leadEmail(), content.summary(), cluster, id, version)
			.update();
		if (changed == 0) {
			return 0;
		}
		jdbc.sql("delete from application_organisation where cluster_id = ? and application_id = ?")
			.params(cluster, id)
			.update();
		if (content.leadOrganisationId() != null) {
			organisation(cluster, id, content.leadOrganisationId(), "LEAD");
		}
		for (UUID partner : content.partnerOrganisationIds()) {
			organisation(cluster, id, partner, "PARTNER");
		}
		jdbc.sql("delete from application_person where cluster_id = ? and application_id = ? and role = 'LEAD'")
			.params(cluster, id)
			.update();
		if (!content.leadName().isEmpty()) {
			jdbc.sql(
					"""
							insert into application_person (cluster_id, application_id, role, name, email, person_id, organisation_id)
							values (?, ?, 'LEAD', ?, ?, ?, ?)""")
				.params(cluster, id, content.leadName(), content.leadEmail().isEmpty() ? null : content.leadEmail(),
						leadPersonId, content.leadOrganisationId())
				.update();
		}
		jdbc.sql("delete from application_person where cluster_id = ? and application_id = ? and role = 'PARTICIPANT'")
			.params(cluster, id)
			.update();
		for (int i = 0; i < content.participants().size(); i++) {
			Participant p = content.participants().get(i);
			jdbc.sql("""
					insert into application_person (cluster_id, application_id, role, name, email, person_id,
					       organisation_id, project_role) values (?, ?, 'PARTICIPANT', ?, ?, ?, ?, ?)""")
				.params(cluster, id, p.name(), p.email().isEmpty() ? null : p.email(), participantPersonIds.get(i),
						p.organisationId(), p.role().isEmpty() ? null : p.role())
				.update();
		}
		jdbc.sql("delete from application_budget_line where cluster_id = ? and application_id = ?")
			.params(cluster, id)
			.update();
		int position = 0;
		for (BudgetLine line : content.budget()) {
			jdbc.sql("""
					insert into application_budget_line (cluster_id, application_id, position, kind, description,
					       organisation_id, amount) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(cluster, id, ++position, line.kind().name(), line.description(), line.organisationId(),
						line.amount() == null ? BigDecimal.ZERO : line.amount())
				.update();
		}
		return changed;
	}

	private void organisation(UUID cluster, UUID id, UUID organisation, String role) {
		jdbc.sql("""
				insert into application_organisation (cluster_id, application_id, organisation_id, role)
				values (?, ?, ?, ?) on conflict (application_id, organisation_id) do nothing""")
			.params(cluster, id, organisation, role)
			.update();
	}

	List<AttachmentInfo> attachments(UUID cluster, UUID applicationId) {
		return jdbc.sql("""
				select id, application_id, file_name, size_bytes, uploaded_at from application_attachment
				where cluster_id = ? and application_id = ? order by uploaded_at""")
			.params(cluster, applicationId)
			.query((rs, n) -> new AttachmentInfo(rs.getObject("id", UUID.class),
					rs.getObject("application_id", UUID.class), rs.getString("file_name"), rs.getInt("size_bytes"),
					CallRows.instant(rs, "uploaded_at")))
			.list();
	}

	Optional<byte[]> content(UUID cluster, UUID applicationId, UUID attachmentId) {
		return jdbc
			.sql("select content from application_attachment where cluster_id = ? and application_id = ? and id = ?")
			.params(cluster, applicationId, attachmentId)
			.query(byte[].class)
			.optional();
	}

}
