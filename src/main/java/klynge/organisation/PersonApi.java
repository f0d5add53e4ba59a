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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People as JSON, for logged-in users of the cluster; writing is for the registry
 * editors.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people")
class PersonApi {

	private final People people;

	PersonApi(People people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "People whose name contains, or whose code starts with, q (all without q)")
	List<PersonSummary> search(@RequestParam(required = false) String q) {
		return people.search(q);
	}

	@GetMapping("/{id}")
	@Operation(
			summary = "One person; e-mail and phone for staff and the person, for others as the person chose; the ETag is its version")
	ResponseEntity<PersonDetails> get(@PathVariable UUID id) {
		PersonDetails person = people.shown(id);
		return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
	}

	@GetMapping("/{id}/affiliations")
	@Operation(summary = "Where the person has worked, newest first")
	List<Affiliation> affiliations(@PathVariable UUID id) {
		return people.affiliations(id);
	}

	@PostMapping
	@Operation(summary = "Create a person; the initials code must be free in the cluster (422)")
	ResponseEntity<PersonDetails> create(@Valid @RequestBody PersonForm request) {
		UUID id = people.create(request);
		PersonDetails created = people.get(id);
		return ResponseEntity.created(URI.create("/api/v1/people/" + id))
			.eTag(Versions.etag(created.version()))
			.body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a person; If-Match (or version) must be its current version, else 409")
	ResponseEntity<PersonDetails> update(@PathVariable UUID id, @Valid @RequestBody PersonForm request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		people.get(id);
		people.update(id, request, Versions.expected(ifMatch, request.version()));
		PersonDetails updated = people.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a person nobody refers to; 409 if referenced (memberships, accounts)")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		people.delete(id);
		return ResponseEntity.noContent().build();
	}

}
