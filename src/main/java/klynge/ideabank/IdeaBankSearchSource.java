package klynge.ideabank;

import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.stereotype.Component;

/**
 * The public idea bank for search: the published posters as their public page shows them
 * (the student's name only with consent, never an e-mail), and the thesis ideas staff
 * added. Unpublished submissions are not indexed at all.
 */
@Component
class IdeaBankSearchSource implements SearchSource {

	private final IdeaBankRepository repository;

	IdeaBankSearchSource(IdeaBankRepository repository) {
		this.repository = repository;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		Stream<Entry> posters = repository.posters(clusterId, new PosterSearch(null, null, null, null))
			.stream()
			.map(p -> Entry.open("POSTER", p.id(), "/idebank/poster/" + p.id(), p.title(),
					join(p.summary(), p.topic(), p.institution(), p.studyProgramme(), p.supervisor(), p.student()),
					p.year(), null, Reach.PUBLIC));
		Stream<Entry> ideas = repository.ideas(clusterId)
			.stream()
			.map(i -> Entry.open("IDEA", i.id(), "/idebank/oppgaveideer#idea-" + i.id(), i.title(),
					join(i.description(), i.topic(), i.organisation()), null, null, Reach.PUBLIC));
		return Stream.concat(posters, ideas);
	}

	static String join(String... parts) {
		return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
	}

}
