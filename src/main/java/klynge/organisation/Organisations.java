package klynge.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations of the current cluster: reading, creating, editing, partnership
 * periods.
 */
@Service
public class Organisations {

	private static final String SUMMARY = """
			select o.id, o.name, o.short_name, o.type, o.parent_id, p.name as parent_name,
			       exists (select 1 from partnership s where s.cluster_id = o.cluster_id and s.organisation_id = o.id
			               and s.valid_from <= :today and (s.valid_to is null or s.valid_to >= :today)) as partner
			from organisation o left join organisation p on p.cluster_id = o.cluster_id and p.id = o.parent_id
			where o.cluster_id = :cluster""";

	private static final String DETAILS = """
			select o.id, o.name, o.short_name, o.type, o.parent_id, p.name as parent_name, o.contact_name,
			       o.contact_email, o.contact_phone, o.version
			from organisation o left join organisation p on p.cluster_id = o.cluster_id and p.id = o.parent_id
			where o.cluster_id = :cluster and o.id = :id""";

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	Organisations(JdbcClient jdbc, CurrentCluster cluster) {
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	public List<OrganisationSummary> list() {
		return jdbc.sql(SUMMARY + " order by o.name")
			.param("cluster", cluster.id())
			.param("today", today())
			.query(OrganisationSummary.class)
			.list();
	}

	public List<OrganisationSummary> children(UUID id) {
		return jdbc.sql(SUMMARY + " and o.parent_id = :parent order by o.name")
			.param("cluster", cluster.id())
			.param("today", today())
			.param("parent", id)
			.query(OrganisationSummary.class)
			.list();
	}

	public OrganisationDetails get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

	Optional<OrganisationDetails> find(UUID id) {
		return jdbc.sql(DETAILS)
			.param("cluster", cluster.id())
			.param("id", id)
			.query(OrganisationDetails.class)
			.optional();
	}

	public List<Partnership> partnerships(UUID id) {
		get(id);
		return jdbc.sql("""
				select id, organisation_id, valid_from, valid_to, version from partnership
				where cluster_id = ? and organisation_id = ? order by valid_from desc""")
			.params(cluster.id(), id)
			.query(Partnership.class)
			.list();
	}

	/** All organisations of the cluster by name, e.g. for a select. */
	public List<OrganisationRef> all() {
		return possibleParents(null);
	}

	/**
	 * Organisations the given one may choose as parent: all but itself and its
	 * descendants (null: all).
	 */
	public List<OrganisationRef> possibleParents(UUID self) {
		Set<UUID> excluded = self == null ? Set.of() : hierarchy().descendantsOf(self);
		return jdbc.sql("select id, name, short_name from organisation where cluster_id = ? order by name")
			.param(cluster.id())
			.query(OrganisationRef.class)
			.list()
			.stream()
			.filter(ref -> !ref.id().equals(self) && !excluded.contains(ref.id()))
			.toList();
	}

	private OrganisationHierarchy hierarchy() {
		Map<UUID, UUID> parents = new HashMap<>();
		jdbc.sql("select id, parent_id from organisation where cluster_id = ?").param(cluster.id()).query((rs, n) -> {
			parents.put(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class));
			return null;
		}).list();
		return new OrganisationHierarchy(parents);
	}

	@Transactional
	public UUID create(OrganisationForm form) {
		hierarchy().checkParent(null, form.parentId());
		try {
			return jdbc.sql("""
					insert into organisation (cluster_id, name, short_name, type, parent_id, contact_name,
					                          contact_email, contact_phone)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(cluster.id(), form.name().strip(), Text.blankToNull(form.shortName()), form.type().name(),
						form.parentId(), Text.blankToNull(form.contactName()), Text.blankToNull(form.contactEmail()),
						Text.blankToNull(form.contactPhone()))
				.query(UUID.class)
				.single();
		}
		catch (DuplicateKeyException duplicate) {
			throw new RuleViolation("name", "organisation.name.taken", form.name().strip());
		}
	}

	/**
	 * Saves the form if {@code version} is still current; otherwise {@link EditConflict}.
	 * Returns the new version.
	 */
	@Transactional
	public int update(UUID id, OrganisationForm form, int version) {
		OrganisationDetails current = get(id);
		hierarchy().checkParent(id, form.parentId());
		int updated;
		try {
			updated = jdbc.sql("""
					update organisation set name = ?, short_name = ?, type = ?, parent_id = ?, contact_name = ?,
					       contact_email = ?, contact_phone = ?, version = version + 1
					where cluster_id = ? and id = ? and version = ?""")
				.params(form.name().strip(), Text.blankToNull(form.shortName()), form.type().name(), form.parentId(),
						Text.blankToNull(form.contactName()), Text.blankToNull(form.contactEmail()),
						Text.blankToNull(form.contactPhone()), cluster.id(), id, version)
				.update();
		}
		catch (DuplicateKeyException duplicate) {
			throw new RuleViolation("name", "organisation.name.taken", form.name().strip());
		}
		if (updated == 0) {
			throw new EditConflict("organisation", id, current.version());
		}
		return version + 1;
	}

	/**
	 * Deletes an organisation that nothing refers to; otherwise the database says no
	 * (409).
	 */
	@Transactional
	public void delete(UUID id) {
		get(id);
		jdbc.sql("delete from organisation where cluster_id = ? and id = ?").params(cluster.id(), id).update();
	}

	@Transactional
	public UUID addPartnership(UUID organisationId, PartnershipForm form) {
		Period candidate = new Period(form.validFrom(), form.validTo());
		List<Partnership> existing = jdbc.sql("""
				select id, organisation_id, valid_from, valid_to, version from partnership
				where cluster_id = ? and organisation_id = ? for update""")
			.params(cluster.id(), get(organisationId).id())
			.query(Partnership.class)
			.list();
		Partnership.checkNoOverlap(existing, candidate);
		return jdbc.sql("""
				insert into partnership (cluster_id, organisation_id, valid_from, valid_to)
				values (?, ?, ?, ?) returning id""")
			.params(cluster.id(), organisationId, candidate.from(), candidate.to())
			.query(UUID.class)
			.single();
	}

	@Transactional
	public void endPartnership(UUID organisationId, UUID partnershipId, LocalDate end) {
		Partnership partnership = partnership(organisationId, partnershipId);
		Period ended = partnership.endedOn(end == null ? today() : end);
		jdbc.sql("""
				update partnership set valid_to = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(ended.to(), cluster.id(), partnershipId).update();
	}

	public Partnership partnership(UUID organisationId, UUID partnershipId) {
		return jdbc.sql("""
				select id, organisation_id, valid_from, valid_to, version from partnership
				where cluster_id = ? and organisation_id = ? and id = ?""")
			.params(cluster.id(), organisationId, partnershipId)
			.query(Partnership.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("partnership", partnershipId));
	}

}
