package klynge.userpanel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.MemberTerm;
import klynge.body.MembershipRole;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.YearInReview;
import klynge.userpanel.UserPanelRepository.MeetingRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The user panel's chapter of the annual report: the periods active in the year, how many
 * members and organisations, the panel's meetings held that year, and the assignments
 * under way. Public content only: names and organisations, no notes.
 */
@Component
class UserPanelYear implements YearInReview {

	private final UserPanelRepository repository;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final MessageSource messages;

	UserPanelYear(UserPanelRepository repository, BodyDirectory bodies, OrganisationDirectory registry,
			MessageSource messages) {
		this.repository = repository;
		this.bodies = bodies;
		this.registry = registry;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		Optional<BodySummary> panel = PanelBody.of(bodies, repository, clusterId);
		if (panel.isEmpty()) {
			return Optional.empty();
		}
		UUID bodyId = panel.get().id();
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<Period> periods = repository.periods(clusterId, bodyId)
			.stream()
			.filter(p -> p.overlaps(first, last))
			.toList();
		List<MeetingRef> held = repository.meetingsOf(clusterId, bodyId)
			.stream()
			.filter(m -> m.meetingDate().getYear() == year && m.held())
			.toList();
		List<Assignment> assignments = repository.assignments(clusterId, bodyId)
			.stream()
			.filter(a -> a.activeIn(year))
			.toList();
		if (periods.isEmpty() && held.isEmpty() && assignments.isEmpty()) {
			return Optional.empty();
		}
		List<MemberTerm> members = bodies.membersBetween(clusterId, bodyId, first, last)
			.stream()
			.filter(m -> m.member().role() != MembershipRole.SECRETARIAT
					&& m.member().role() != MembershipRole.FACILITATOR)
			.toList();
		long people = members.stream().map(m -> m.member().personId()).distinct().count();
		long organisations = members.stream()
			.map(m -> m.member().organisationId())
			.filter(Objects::nonNull)
			.distinct()
			.count();
		List<String> paragraphs = new ArrayList<>();
		for (Period p : periods) {
			paragraphs.add(text(locale, "userpanel.year.period", p.name(), String.valueOf(p.validFrom().getYear()),
					String.valueOf(p.validTo().getYear())));
		}
		paragraphs.add(text(locale, "userpanel.year.members", people, organisations));
		paragraphs.add(text(locale, "userpanel.year.meetings", held.size()));
		List<Table> tables = new ArrayList<>();
		if (!assignments.isEmpty()) {
			Map<UUID, String> names = new HashMap<>();
			registry.people(clusterId).forEach(p -> names.put(p.id(), p.name()));
			List<List<String>> rows = assignments.stream()
				.map(a -> List.of(names.getOrDefault(a.personId(), ""), a.externalBody(),
						a.requestedBy() == null ? "" : a.requestedBy(), text(locale, a.status().messageKey())))
				.toList();
			tables
				.add(new Table(text(locale, "userpanel.year.assignments"),
						List.of(text(locale, "userpanel.col.person"), text(locale, "userpanel.col.externalBody"),
								text(locale, "userpanel.col.requestedBy"), text(locale, "userpanel.col.status")),
						rows));
		}
		return Optional
			.of(new Chapter("user-panel", text(locale, "userpanel.year.title"), paragraphs, tables, List.of()));
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
