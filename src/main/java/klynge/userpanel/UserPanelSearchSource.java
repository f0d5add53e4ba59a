package klynge.userpanel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.stereotype.Component;

/**
 * The user panel for search, as the public page {@code /brukerpanelet} shows it: the
 * current period with its mandate and its members' names and organisations, and the
 * current assignments (external body, representative, who asked). Earlier periods'
 * members, internal notes and assignment history are not indexed.
 */
@Component
class UserPanelSearchSource implements SearchSource {

	private final UserPanel panel;

	UserPanelSearchSource(UserPanel panel) {
		this.panel = panel;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		List<Entry> entries = new ArrayList<>();
		LocalDate today = panel.today();
		panel.panel(clusterId).map(body -> panel.overview(clusterId, body, today)).ifPresent(overview -> {
			UserPanel.PeriodView current = overview.current();
			if (current != null) {
				List<String> words = new ArrayList<>();
				words.add(current.period().mandate());
				current.members().forEach(m -> {
					words.add(m.member().name());
					words.add(m.member().organisationName());
				});
				entries.add(Entry.open("PANEL", current.period().id(), "/brukerpanelet", current.period().name(),
						join(words), current.period().validFrom().getYear(), null, Reach.PUBLIC));
			}
			overview.assignments()
				.stream()
				.filter(a -> a.assignment().currentOn(today))
				.forEach(a -> entries.add(Entry.open("PANEL", a.assignment().id(),
						"/brukerpanelet#assignment-" + a.assignment().id(), a.assignment().externalBody(),
						join(List.of(nonNull(a.personName()), nonNull(a.assignment().requestedBy()))),
						a.assignment().validFrom() == null ? null : a.assignment().validFrom().getYear(),
						a.assignment().status().name(), Reach.PUBLIC)));
		});
		return entries.stream();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String join(List<String> parts) {
		return String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
	}

}
