package klynge.ideabank;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The idea bank as JSON, for anyone: the published posters (filtered as on the page), one
 * poster, its PDF, and the thesis ideas. Never a submission that is not published, never
 * an e-mail address.
 */
@Tag(name = "Idea bank")
@RestController
@RequestMapping("/api/v1/ideabank")
class IdeaBankApi {

	record PosterJson(UUID id, String title, String summary, String studyProgramme, String institution,
			String supervisor, String topic, String student, boolean thesisIdea, int year, String event, String pdf) {

		static PosterJson of(Poster p) {
			return new PosterJson(p.id(), p.title(), p.summary(), p.studyProgramme(), p.institution(), p.supervisor(),
					p.topic(), p.student(), p.thesisIdea(), p.year(), p.eventTitle(),
					"/api/v1/ideabank/posters/" + p.id() + "/pdf");
		}
	}

	record IdeaJson(UUID id, String title, String description, String organisation, String topic, UUID posterId,
			Integer year) {
	}

	private final IdeaBank ideaBank;

	IdeaBankApi(IdeaBank ideaBank) {
		this.ideaBank = ideaBank;
	}

	@Operation(summary = "The published posters, the latest year first, filtered by topic, institution, year and text")
	@GetMapping("/posters")
	List<PosterJson> posters(@Parameter(description = "topic") @RequestParam(required = false) String tema,
			@Parameter(description = "institution") @RequestParam(required = false) String institusjon,
			@Parameter(description = "year of the event") @RequestParam(required = false) String aar,
			@Parameter(description = "words in title, abstract, topic or study programme") @RequestParam(
					required = false) String q) {
		return ideaBank.search(PosterSearch.of(tema, institusjon, aar, q)).stream().map(PosterJson::of).toList();
	}

	@Operation(summary = "A published poster")
	@GetMapping("/posters/{id}")
	PosterJson poster(@PathVariable UUID id) {
		return PosterJson.of(ideaBank.poster(id));
	}

	@Operation(summary = "A published poster's PDF (attachment)")
	@GetMapping("/posters/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return IdeaBankController.pdf(ideaBank.posterFile(id));
	}

	@Operation(summary = "Ideas for theses: staff's ideas and the published posters marked as ideas")
	@GetMapping("/ideas")
	List<IdeaJson> ideas() {
		return ideaBank.thesisIdeas()
			.stream()
			.map(i -> new IdeaJson(i.id(), i.title(), i.description(), i.organisation(), i.topic(), i.posterId(),
					i.year()))
			.toList();
	}

}
