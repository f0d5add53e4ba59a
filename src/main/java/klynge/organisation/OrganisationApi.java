package klynge.organisation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
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

/**
 * Organisations and their partnership periods as JSON. Reading is public; writing is for
 * the registry editors.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "organisations")
class OrganisationApi {

	private final Organisations organisations;

	OrganisationApi(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "All organisations of the cluster, with parent and partner status today")
	List<OrganisationSummary> list() {
		return organisations.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation; the ETag is its version, for If-Match on PUT")
	ResponseEntity<OrganisationDetails> get(@PathVariable UUID id) {
		OrganisationDetails details = organisations.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(details.version())).body(details);
	}

	@PostMapping
	@Operation(summary = "Create an organisation")
	ResponseEntity<OrganisationDetails> create(@Valid @RequestBody OrganisationForm request) {
		UUID id = organisations.create(request);
		OrganisationDetails created = organisations.get(id);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id))
			.eTag(Versions.etag(created.version()))
			.body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an organisation; If-Match (or version) must be its current version, else 409")
	ResponseEntity<OrganisationDetails> update(@PathVariable UUID id, @Valid @RequestBody OrganisationForm request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		organisations.get(id);
		organisations.update(id, request, Versions.expected(ifMatch, request.version()));
		OrganisationDetails updated = organisations.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an organisation nothing refers to; 409 if it is in use")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		organisations.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/partnerships")
	@Operation(summary = "The organisation's partnership periods, newest first")
	List<Partnership> partnerships(@PathVariable UUID id) {
		return organisations.partnerships(id);
	}

	@GetMapping("/{id}/partnerships/{partnershipId}")
	@Operation(summary = "One partnership period")
	Partnership partnership(@PathVariable UUID id, @PathVariable UUID partnershipId) {
		return organisations.partnership(id, partnershipId);
	}

	@PostMapping("/{id}/partnerships")
	@Operation(summary = "Add a partnership period; it may not overlap another one (422)")
	ResponseEntity<Partnership> addPartnership(@PathVariable UUID id, @Valid @RequestBody PartnershipForm request) {
		UUID partnershipId = organisations.addPartnership(id, request);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/partnerships/" + partnershipId))
			.body(organisations.partnership(id, partnershipId));
	}

}
