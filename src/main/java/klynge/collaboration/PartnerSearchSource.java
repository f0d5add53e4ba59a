package klynge.collaboration;

import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.stereotype.Component;

/**
 * Collaboration partners for search, as the public page {@code /samarbeidspartnere} shows
 * them: name, description and web site of a public partner. Contacts are never indexed; a
 * partner that is not public is not indexed at all.
 */
@Component
class PartnerSearchSource implements SearchSource {

	private final PartnerRepository repository;

	PartnerSearchSource(PartnerRepository repository) {
		this.repository = repository;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return repository.all(clusterId)
			.stream()
			.filter(Partner::isPublic)
			.map(p -> Entry.open("PARTNER", p.id(), "/samarbeidspartnere#partner-" + p.id(), p.name(),
					String.join("\n", p.description() == null ? "" : p.description(),
							p.webSite() == null ? "" : p.webSite()),
					p.statusSince() == null ? null : p.statusSince().getYear(), p.status().name(), Reach.PUBLIC));
	}

}
