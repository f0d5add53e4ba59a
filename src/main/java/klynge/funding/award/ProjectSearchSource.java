package klynge.funding.award;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.stereotype.Component;

/**
 * Funded projects for search, as the public awards list shows them ("Tildelinger"): the
 * project's title and summary, its fund and call, lead and partner organisations. Only
 * awards of decided calls, so nothing before it is public.
 */
@Component
class ProjectSearchSource implements SearchSource {

	private final PublicAwards awards;

	ProjectSearchSource(PublicAwards awards) {
		this.awards = awards;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		// a named fund lists its award in every year of its period: the newest year is
		// enough
		Map<UUID, PublicAward> newest = new LinkedHashMap<>();
		for (PublicAward award : awards.of(null)) {
			newest.putIfAbsent(award.id(), award);
		}
		return newest.values()
			.stream()
			.map(a -> Entry
				.open("PROJECT", a.id(), "/tildelinger/" + a.year(), a.title(),
						String.join("\n", a.summary(), a.fundName(), nonNull(a.callTitle()),
								nonNull(a.leadOrganisation()), String.join(", ", a.partners())),
						a.year(), null, Reach.PUBLIC));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
