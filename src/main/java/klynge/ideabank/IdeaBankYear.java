package klynge.ideabank;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The idea bank's chapter of the annual report (order 55, after the events): the posters
 * published for the year's calls, by institution. Only public content: no names.
 */
@Component
class IdeaBankYear implements YearInReview {

	private final IdeaBankRepository repository;

	private final MessageSource messages;

	IdeaBankYear(IdeaBankRepository repository, MessageSource messages) {
		this.repository = repository;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<IdeaBankRepository.InstitutionCount> counts = repository.publishedByInstitution(clusterId, year);
		if (counts.isEmpty()) {
			return Optional.empty();
		}
		long total = counts.stream().mapToLong(IdeaBankRepository.InstitutionCount::posters).sum();
		String institution = messages.getMessage("ideabank.year.institution", null, locale);
		String posters = messages.getMessage("ideabank.year.posters", null, locale);
		String caption = messages.getMessage("ideabank.year.caption", new Object[] { year }, locale);
		return Optional.of(new Chapter("ideabank", messages.getMessage("ideabank.year.title", null, locale),
				List.of(messages.getMessage("ideabank.year.text", new Object[] { total, counts.size(), year }, locale)),
				List.of(new Table(caption, List.of(institution, posters),
						counts.stream().map(c -> List.of(c.institution(), String.valueOf(c.posters()))).toList())),
				List.of(new Chart(caption, posters,
						counts.stream().map(IdeaBankRepository.InstitutionCount::institution).toList(),
						List.of(new Series(posters,
								counts.stream().map(IdeaBankRepository.InstitutionCount::posters).toList()))))));
	}

}
