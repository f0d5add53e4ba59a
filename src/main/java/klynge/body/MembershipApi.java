package klynge.body;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.body.MembershipRepository.MembershipData;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Memberships as JSON: create, read, change (If-Match) and delete. */
@RestController
@RequestMapping("/api/v1/memberships")
@Tag(name = "Memberships")
class MembershipApi {

	record MembershipJson(UUID id, UUID bodyId, UUID personId, String personName, String personCode,
			MembershipRole role, String seat, UUID organisationId, UUID deputyForId, LocalDate validFrom,
			LocalDate validTo, int sortOrder, int version) {
	}

	record MembershipRequest(@NotNull UUID bodyId, @NotNull UUID personId, @NotNull MembershipRole role,
			@NotBlank @Size(max = 200) String seat, UUID organisationId, UUID deputyForId, @NotNull LocalDate validFrom,
			LocalDate validTo, Integer sortOrder, Integer version) {

		MembershipCommand toCommand() {
			return new MembershipCommand(personId, role, seat, organisationId, deputyForId, validFrom, validTo,
					sortOrder);
		}
	}

	private final MembershipService memberships;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	MembershipApi(MembershipService memberships, OrganisationDirectory registry, CurrentCluster cluster) {
		this.memberships = memberships;
		this.registry = registry;
		this.cluster = cluster;
	}

	@PostMapping
	@Operation(summary = "Add a membership; 422 for an overlapping seat or a deputy without a member")
	ResponseEntity<MembershipJson> create(@Valid @RequestBody MembershipRequest request) {
		UUID id = memberships.add(cluster.id(), request.bodyId(), request.toCommand());
		MembershipJson json = json(id);
		return ResponseEntity.created(URI.create("/api/v1/memberships/" + id))
			.eTag(Versions.etag(json.version()))
			.body(json);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A membership; the ETag is its version")
	ResponseEntity<MembershipJson> one(@PathVariable UUID id) {
		MembershipJson json = json(id);
		return ResponseEntity.ok().eTag(Versions.etag(json.version())).body(json);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a membership; send If-Match with the ETag (or version in the body), 409 when stale")
	ResponseEntity<MembershipJson> update(@PathVariable UUID id, @Valid @RequestBody MembershipRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		MembershipData current = memberships.membership(cluster.id(), id);
		if (!current.bodyId().equals(request.bodyId())) {
			throw new RuleViolation("bodyId", "membership.body.fixed");
		}
		memberships.update(cluster.id(), id, request.toCommand(), Versions.expected(ifMatch, request.version()));
		MembershipJson json = json(id);
		return ResponseEntity.ok().eTag(Versions.etag(json.version())).body(json);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a membership registered by mistake (end it with validTo otherwise)")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		memberships.delete(cluster.id(), id);
		return ResponseEntity.noContent().build();
	}

	private MembershipJson json(UUID id) {
		MembershipData m = memberships.membership(cluster.id(), id);
		PersonRef person = registry.person(cluster.id(), m.personId())
			.orElseThrow(() -> new NotFoundException("person", m.personId()));
		return new MembershipJson(m.id(), m.bodyId(), m.personId(), person.name(), person.code(), m.role(), m.seat(),
				m.organisationId(), m.deputyForId(), m.validFrom(), m.validTo(), m.sortOrder(), m.version());
	}

}
