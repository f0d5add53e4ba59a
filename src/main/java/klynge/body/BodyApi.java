package klynge.body;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.cluster.CurrentCluster;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
 * Bodies as JSON: list, one body with its names, create, change (If-Match), rename,
 * members on a date.
 */
@RestController
@RequestMapping("/api/v1/bodies")
@Tag(name = "Bodies")
class BodyApi {

	record NameJson(String name, LocalDate validFrom, LocalDate validTo) {
	}

	record BodyJson(UUID id, BodyType type, String name, LocalDate establishedOn, LocalDate dissolvedOn, String mandate,
			UUID predecessorId, int sortOrder, int version, List<NameJson> names, boolean observersSeeExempt) {
	}

	record BodyRequest(@NotNull BodyType type, @NotBlank @Size(max = 200) String name, @NotNull LocalDate establishedOn,
			LocalDate dissolvedOn, @Size(max = 10000) String mandate, UUID predecessorId, Integer sortOrder,
			Integer version, Boolean observersSeeExempt) {

		BodyCommand toCommand() {
			return new BodyCommand(type, name, establishedOn, dissolvedOn, mandate, predecessorId, sortOrder,
					observersSeeExempt);
		}
	}

	record RenameRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate validFrom) {
	}

	private final BodyService bodies;

	private final BodyDirectory directory;

	private final CurrentCluster cluster;

	BodyApi(BodyService bodies, BodyDirectory directory, CurrentCluster cluster) {
		this.bodies = bodies;
		this.directory = directory;
		this.cluster = cluster;
	}

	@GetMapping
	@Operation(summary = "The cluster's bodies with their current names")
	List<BodySummary> list() {
		return directory.bodies(cluster.id());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A body with its name history; the ETag is its version")
	ResponseEntity<BodyJson> one(@PathVariable UUID id) {
		BodyJson body = json(id);
		return ResponseEntity.ok().eTag(Versions.etag(body.version())).body(body);
	}

	@PostMapping
	@Operation(summary = "Create a body")
	ResponseEntity<BodyJson> create(@Valid @RequestBody BodyRequest request) {
		UUID id = bodies.create(cluster.id(), request.toCommand());
		BodyJson body = json(id);
		return ResponseEntity.created(URI.create("/api/v1/bodies/" + id))
			.eTag(Versions.etag(body.version()))
			.body(body);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a body; send If-Match with the ETag (or version in the body), 409 when stale")
	ResponseEntity<BodyJson> update(@PathVariable UUID id, @Valid @RequestBody BodyRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		bodies.body(cluster.id(), id);
		bodies.update(cluster.id(), id, request.toCommand(), Versions.expected(ifMatch, request.version()));
		BodyJson body = json(id);
		return ResponseEntity.ok().eTag(Versions.etag(body.version())).body(body);
	}

	@PostMapping("/{id}/names")
	@Operation(summary = "Rename a body from a date after the current name's date")
	ResponseEntity<BodyJson> rename(@PathVariable UUID id, @Valid @RequestBody RenameRequest request) {
		bodies.rename(cluster.id(), id, request.name(), request.validFrom());
		BodyJson body = json(id);
		return ResponseEntity.created(URI.create("/api/v1/bodies/" + id))
			.eTag(Versions.etag(body.version()))
			.body(body);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The member table on a date (default today), in the order of the minutes")
	List<MemberRow> members(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return directory.membersOn(cluster.id(), id, date == null ? directory.today(cluster.id()) : date);
	}

	private BodyJson json(UUID id) {
		BodyRepository.BodyData body = bodies.body(cluster.id(), id);
		NameHistory names = bodies.names(cluster.id(), id);
		return new BodyJson(body.id(), body.type(), names.nameOn(directory.today(cluster.id())), body.establishedOn(),
				body.dissolvedOn(), body.mandate(), body.predecessorId(), body.sortOrder(), body.version(),
				names.entries().stream().map(e -> new NameJson(e.name(), e.validFrom(), e.validTo())).toList(),
				body.observersSeeExempt());
	}

}
