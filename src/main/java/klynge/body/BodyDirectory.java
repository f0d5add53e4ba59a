package klynge.body;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.body.MembershipRepository.MembershipData;
import klynge.cluster.Clusters;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationRef;
import klynge.organisation.PersonRef;
import klynge.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Read-only look-ups of bodies and their members for other modules (meetings build the
 * summons list from {@link #membersOn}), always within one cluster.
 */
@Service
public class BodyDirectory {

	private final BodyRepository bodies;

	private final MembershipRepository memberships;

	private final OrganisationDirectory registry;

	private final Clusters clusters;

	BodyDirectory(BodyRepository bodies, MembershipRepository memberships, OrganisationDirectory registry,
			Clusters clusters) {
		this.bodies = bodies;
		this.memberships = memberships;
		this.registry = registry;
		this.clusters = clusters;
	}

	/** A body with the name it has today (in the cluster's time zone). */
	public Optional<BodySummary> body(UUID clusterId, UUID bodyId) {
		LocalDate today = today(clusterId);
		return bodies.find(clusterId, bodyId).map(body -> summary(body, bodies.names(clusterId, bodyId), today));
	}

	public List<BodySummary> bodies(UUID clusterId) {
		LocalDate today = today(clusterId);
		Map<UUID, NameHistory> names = bodies.allNames(clusterId);
		return bodies.all(clusterId)
			.stream()
			.map(body -> summary(body, names.getOrDefault(body.id(), NameHistory.of(List.of())), today))
			.toList();
	}

	/** The name the body had on a day ("Arbeidsgruppen" on 03.06.2021). */
	public String nameOn(UUID clusterId, UUID bodyId, LocalDate day) {
		requireBody(clusterId, bodyId);
		return bodies.names(clusterId, bodyId).nameOn(day);
	}

	/**
	 * Whether the body has opened its exempt items to its observers, facilitator and
	 * deputies.
	 */
	public boolean observersSeeExempt(UUID clusterId, UUID bodyId) {
		return bodies.find(clusterId, bodyId).map(BodyRepository.BodyData::observersSeeExempt).orElse(false);
	}

	/** The member table on a day, in the order of the minutes. */
	public List<MemberRow> membersOn(UUID clusterId, UUID bodyId, LocalDate day) {
		return tableOn(clusterId, bodyId, day).rows();
	}

	/**
	 * The memberships whose term overlaps the days from {@code from} to {@code to}
	 * (inclusive), in the order of the minutes: the members of a period (a user panel's
	 * "2023–2025").
	 */
	public List<MemberTerm> membersBetween(UUID clusterId, UUID bodyId, LocalDate from, LocalDate to) {
		requireBody(clusterId, bodyId);
		Names names = names(clusterId);
		Map<UUID, UUID> personOfMembership = new HashMap<>();
		List<MembershipData> all = memberships.ofBody(clusterId, bodyId);
		all.forEach(m -> personOfMembership.put(m.id(), m.personId()));
		return all.stream()
			.filter(m -> !m.validFrom().isAfter(to) && (m.validTo() == null || !m.validTo().isBefore(from)))
			.sorted(java.util.Comparator.comparingInt(MembershipData::sortOrder)
				.thenComparing(MembershipData::validFrom))
			.map(m -> new MemberTerm(row(m, names, personOfMembership), m.validFrom(), m.validTo()))
			.toList();
	}

	public Optional<MemberRow> chairOn(UUID clusterId, UUID bodyId, LocalDate day) {
		return membersOn(clusterId, bodyId, day).stream().filter(row -> row.role() == MembershipRole.CHAIR).findFirst();
	}

	MembersTable tableOn(UUID clusterId, UUID bodyId, LocalDate day) {
		requireBody(clusterId, bodyId);
		Names names = names(clusterId);
		Map<UUID, UUID> personOfMembership = new HashMap<>();
		memberships.ofBody(clusterId, bodyId).forEach(m -> personOfMembership.put(m.id(), m.personId()));
		List<MemberRow> rows = memberships.ofBodyOn(clusterId, bodyId, day)
			.stream()
			.map(m -> row(m, names, personOfMembership))
			.toList();
		return MembersTable.of(rows, row -> names.personName(row.deputyForPersonId()));
	}

	LocalDate today(UUID clusterId) {
		return LocalDate.now(clusters.get(clusterId).zone());
	}

	Names names(UUID clusterId) {
		Map<UUID, PersonRef> people = new HashMap<>();
		registry.people(clusterId).forEach(p -> people.put(p.id(), p));
		Map<UUID, OrganisationRef> organisations = new HashMap<>();
		registry.organisations(clusterId).forEach(o -> organisations.put(o.id(), o));
		return new Names(people, organisations);
	}

	static MemberRow row(MembershipData m, Names names, Map<UUID, UUID> personOfMembership) {
		PersonRef person = names.people().get(m.personId());
		OrganisationRef organisation = m.organisationId() == null ? null
				: names.organisations().get(m.organisationId());
		return new MemberRow(m.id(), m.personId(), person == null ? "" : person.name(),
				person == null ? "" : person.code(), m.role(), m.seat(), m.organisationId(),
				organisation == null ? null : organisation.name(),
				m.deputyForId() == null ? null : personOfMembership.get(m.deputyForId()), m.sortOrder());
	}

	private void requireBody(UUID clusterId, UUID bodyId) {
		if (bodies.find(clusterId, bodyId).isEmpty()) {
			throw new NotFoundException("body", bodyId);
		}
	}

	static BodySummary summary(BodyRepository.BodyData body, NameHistory names, LocalDate today) {
		return new BodySummary(body.id(), body.type(), names.nameOn(today), body.establishedOn(), body.dissolvedOn(),
				body.predecessorId(), body.sortOrder());
	}

	/** People and organisations of a cluster by id, read once per request. */
	record Names(Map<UUID, PersonRef> people, Map<UUID, OrganisationRef> organisations) {

		String personName(UUID personId) {
			PersonRef person = personId == null ? null : people.get(personId);
			return person == null ? "" : person.name();
		}

		String personCode(UUID personId) {
			PersonRef person = personId == null ? null : people.get(personId);
			return person == null ? "" : person.code();
		}

		String organisationName(UUID organisationId) {
			OrganisationRef organisation = organisationId == null ? null : organisations.get(organisationId);
			return organisation == null ? "" : organisation.name();
		}
	}

}
