package klynge.archive.noark;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Noark 5 arkivuttrekk for administrators: start one for a period, follow its
 * progress, download the ZIP.
 */
@Tag(name = "Archive")
@RestController
@RequestMapping("/api/v1/noark")
class NoarkApi {

	record JobJson(UUID id, LocalDate from, LocalDate to, String status, int percent, String step, Integer meetings,
			Integer documents, String file) {

		static JobJson of(NoarkJob job) {
			return new JobJson(job.id(), job.from(), job.to(), job.status(), job.percent(), job.step(), job.meetings(),
					job.documents(), job.done() ? "/api/v1/noark/" + job.id() + "/file" : null);
		}
	}

	private final NoarkExports exports;

	NoarkApi(NoarkExports exports) {
		this.exports = exports;
	}

	@Operation(
			summary = "Starts a Noark 5 arkivuttrekk of the meetings with approved minutes from–to (ISO dates, both included, at most 10 years); follow the returned job")
	@PostMapping
	ResponseEntity<JobJson> start(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		UUID id = exports.start(NoarkPeriod.of(from, to));
		return ResponseEntity.accepted().location(URI.create("/api/v1/noark/" + id)).body(JobJson.of(exports.job(id)));
	}

	@Operation(summary = "An arkivuttrekk's progress (percent, step) and, when done, its ZIP's address")
	@GetMapping("/{id}")
	JobJson job(@PathVariable UUID id) {
		return JobJson.of(exports.job(id));
	}

	@Operation(
			summary = "The ZIP of a finished arkivuttrekk (arkivuttrekk.xml, arkivstruktur.xml, endringslogg.xml, dokumenter/)")
	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		return NoarkController.file(exports.job(id), exports.content(id));
	}

}
