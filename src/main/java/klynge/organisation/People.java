package klynge.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of the current cluster, their initials codes and where they work over time.
 */
@Service
public class People {

	private static final String CURRENT_ORGANISATION = """
			left join lateral (
			    select a.organisation_id, o.name as organisation_name from affiliation a
			    join organisation o on o.cluster_id = a.cluster_id and o.id = a.organisation_id
			    where a.cluster_id = p.cluster_id and a.person_id = p.id
			      and a.valid_from <= :today and (a.valid_to is null or a.valid_to >= :today)
			    order by a.valid_from desc limit 1) current on true""";

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	private final TransactionTemplate separateReadOnly;

	private final CurrentUser currentUser;

	People(JdbcClient jdbc, CurrentCluster cluster, PlatformTransactionManager transactions, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.currentUser = currentUser;
		this.separateReadOnly = new TransactionTemplate(transactions);
		this.separateReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separateReadOnly.setReadOnly(true);
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	/**
	 * Everyone whose name contains, or whose code starts with, the query; all when it is
	 * blank.
	 */
	public List<PersonSummary> search(String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select p.id, p.code, p.name, p.title, current.organisation_id, current.organisation_name
				from person p
				""" + CURRENT_ORGANISATION + """

				where p.cluster_id = :cluster
				  and (:q = '' or strpos(lower(p.name), :q) > 0 or starts_with(lower(p.code), :q))
				order by lower(p.code) = :q desc, p.name""")
			.param("cluster", cluster.id())
			.param("today", today())
			.param("q", q)
			.query(PersonSummary.class)
			.list();
	}

	/**
	 * The person with every contact detail: for the registry editors' forms and answers.
	 */
	public PersonDetails get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	/**
	 * The person as the current user may read them: e-mail and phone only for staff, the
	 * person, or as the person chose.
	 */
	public PersonDetails shown(UUID id) {
		return get(id).withContactFor(staffOrSelf(id));
	}

	/**
	 * Whether the current user may read (and choose the showing of) this person's contact
	 * details.
	 */
	public boolean staffOrSelf(UUID personId) {
		return currentUser.get().map(user -> user.isStaff() || personId.equals(user.personId())).orElse(false);
	}

	/**
	 * The person's choice to show e-mail and phone to the cluster's logged-in users;
	 * theirs or staff's to make.
	 */
	@Transactional
	public void chooseContactShown(UUID id, boolean email, boolean phone, int version) {
		PersonDetails current = get(id);
		if (!staffOrSelf(id)) {
			throw new AccessDeniedException("only the person and staff choose how contact details are shown");
		}
		int updated = jdbc.sql("""
				update person set show_email = ?, show_phone = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(email, phone, cluster.id(), id, version)
			.update();
		if (updated == 0) {
			throw new EditConflict("person", id, current.version());
		}
	}

	Optional<PersonDetails> find(UUID id) {
		return jdbc.sql("""
				select p.id, p.code, p.name, p.title, p.email, p.phone, current.organisation_id,
				       current.organisation_name, p.version, p.show_email, p.show_phone
				from person p
				""" + CURRENT_ORGANISATION + """

				where p.cluster_id = :cluster and p.id = :id""")
			.param("cluster", cluster.id())
			.param("today", today())
			.param("id", id)
			.query(PersonDetails.class)
			.optional();
	}

	public List<Affiliation> affiliations(UUID personId) {
		return jdbc.sql("""
				select a.id, a.organisation_id, o.name as organisation_name, a.valid_from, a.valid_to
				from affiliation a join organisation o on o.cluster_id = a.cluster_id and o.id = a.organisation_id
				where a.cluster_id = ? and a.person_id = ? order by a.valid_from desc""")
			.params(cluster.id(), get(personId).id())
			.query(Affiliation.class)
			.list();
	}

	/** The people working at an organisation today. */
	public List<PersonSummary> affiliatedWith(UUID organisationId) {
		return jdbc.sql("""
				select p.id, p.code, p.name, p.title, o.id as organisation_id, o.name as organisation_name
				from affiliation a
				join person p on p.cluster_id = a.cluster_id and p.id = a.person_id
				join organisation o on o.cluster_id = a.cluster_id and o.id = a.organisation_id
				where a.cluster_id = ? and a.organisation_id = ? and a.valid_from <= ?
				  and (a.valid_to is null or a.valid_to >= ?)
				order by p.name""")
			.params(cluster.id(), organisationId, today(), today())
			.query(PersonSummary.class)
			.list();
	}

	@Transactional
	public UUID create(PersonForm form) {
		InitialsCode code = InitialsCode.of(form.code());
		checkOrganisation("organisationId", form.organisationId());
		UUID id = jdbc.sql("""
				insert into person (cluster_id, name, code, email, phone, title) values (?, ?, ?, ?, ?, ?)
				on conflict (cluster_id, code) do nothing returning id""")
			.params(cluster.id(), form.name().strip(), code.value(), Text.blankToNull(form.email()),
					Text.blankToNull(form.phone()), Text.blankToNull(form.title()))
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> codeTaken(code));
		if (form.organisationId() != null) {
			openAffiliation(id, form.organisationId(), today());
		}
		return id;
	}

	/**
	 * Saves the form if {@code version} is still current; a new organisation starts
	 * today. Returns the new version.
	 */
	@Transactional
	public int update(UUID id, PersonForm form, int version) {
		PersonDetails current = get(id);
		InitialsCode code = InitialsCode.of(form.code());
		checkOrganisation("organisationId", form.organisationId());
		int updated;
		try {
			updated = jdbc.sql("""
					update person set name = ?, code = ?, email = ?, phone = ?, title = ?, version = version + 1
					where cluster_id = ? and id = ? and version = ?""")
				.params(form.name().strip(), code.value(), Text.blankToNull(form.email()),
						Text.blankToNull(form.phone()), Text.blankToNull(form.title()), cluster.id(), id, version)
				.update();
		}
		catch (DuplicateKeyException duplicate) {
			throw codeTaken(code);
		}
		if (updated == 0) {
			throw new EditConflict("person", id, current.version());
		}
		if (form.organisationId() == null ? current.organisationId() != null
				: !form.organisationId().equals(current.organisationId())) {
			changeOrganisation(id, form.organisationId());
		}
		return version + 1;
	}

	private void changeOrganisation(UUID personId, UUID organisationId) {
		LocalDate today = today();
		jdbc.sql("""
				select a.id, a.organisation_id, o.name as organisation_name, a.valid_from, a.valid_to
				from affiliation a join organisation o on o.cluster_id = a.cluster_id and o.id = a.organisation_id
				where a.cluster_id = ? and a.person_id = ? and a.valid_from <= ?
				  and (a.valid_to is null or a.valid_to >= ?)""")
			.params(cluster.id(), personId, today, today)
			.query(Affiliation.class)
			.list()
			.forEach(current -> {
				switch (current.changeOn(today)) {
					case END_YESTERDAY -> jdbc.sql("""
							update affiliation set valid_to = ?, version = version + 1
							where cluster_id = ? and id = ?""")
						.params(today.minusDays(1), cluster.id(), current.id())
						.update();
					case DELETE -> jdbc.sql("delete from affiliation where cluster_id = ? and id = ?")
						.params(cluster.id(), current.id())
						.update();
				}
			});
		if (organisationId != null) {
			openAffiliation(personId, organisationId, today);
		}
	}

	private void openAffiliation(UUID personId, UUID organisationId, LocalDate from) {
		jdbc.sql("""
				insert into affiliation (cluster_id, person_id, organisation_id, valid_from) values (?, ?, ?, ?)""")
			.params(cluster.id(), personId, organisationId, from)
			.update();
	}

	@Transactional
	public UUID addAffiliation(UUID personId, AffiliationForm form) {
		get(personId);
		checkOrganisation("organisationId", form.organisationId());
		Period period = new Period(form.validFrom(), form.validTo());
		return jdbc.sql("""
				insert into affiliation (cluster_id, person_id, organisation_id, valid_from, valid_to)
				values (?, ?, ?, ?, ?) returning id""")
			.params(cluster.id(), personId, form.organisationId(), period.from(), period.to())
			.query(UUID.class)
			.single();
	}

	/**
	 * Deletes a person nobody refers to (memberships, accounts); otherwise the database
	 * says no (409).
	 */
	@Transactional
	public void delete(UUID id) {
		get(id);
		jdbc.sql("delete from person where cluster_id = ? and id = ?").params(cluster.id(), id).update();
	}

	private void checkOrganisation(String field, UUID organisationId) {
		if (organisationId != null
				&& !jdbc.sql("select exists (select 1 from organisation where cluster_id = ? and id = ?)")
					.params(cluster.id(), organisationId)
					.query(Boolean.class)
					.single()) {
			throw new RuleViolation(field, "organisation.unknown");
		}
	}

	/**
	 * "Koden KW er allerede i bruk av Kristin Walter". The holder is read in a
	 * transaction of its own, because a unique violation has already aborted the current
	 * one.
	 */
	private RuleViolation codeTaken(InitialsCode code) {
		String holder = separateReadOnly.execute(status -> jdbc.sql("""
				select name from person where cluster_id = ? and code = ?""")
			.params(cluster.id(), code.value())
			.query(String.class)
			.optional()
			.orElse("?"));
		return new RuleViolation("code", "person.code.taken", code.value(), holder);
	}

}
