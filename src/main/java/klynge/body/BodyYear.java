package klynge.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's chapter on the bodies: each body that existed at the end of the
 * year, with its name then and its members by name, role and organisation (no contact
 * data).
 */
@Component
class BodyYear implements YearInReview {

	private final BodyDirectory directory;

	private final MessageSource messages;

	BodyYear(BodyDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		LocalDate end = LocalDate.of(year, 12, 31);
		List<Table> tables = new ArrayList<>();
		List<String> columns = List.of(text("yir.body.name", locale), text("yir.body.role", locale),
				text("yir.body.organisation", locale));
		for (BodySummary body : directory.bodies(clusterId)) {
			boolean existed = (body.establishedOn() == null || !body.establishedOn().isAfter(end))
					&& (body.dissolvedOn() == null || body.dissolvedOn().isAfter(end));
			List<MemberRow> members = existed ? directory.membersOn(clusterId, body.id(), end) : List.of();
			if (members.isEmpty()) {
				continue;
			}
			List<List<String>> rows = members.stream()
				.map(m -> List.of(m.name(), text(m.role().messageKey(), locale),
						m.organisationName() == null ? "" : m.organisationName()))
				.toList();
			tables.add(new Table(directory.nameOn(clusterId, body.id(), end), columns, rows));
		}
		if (tables.isEmpty()) {
			return Optional.empty();
		}
		int people = tables.stream().mapToInt(t -> t.rows().size()).sum();
		return Optional.of(new Chapter("bodies", text("yir.body.title", locale),
				List.of(messages.getMessage("yir.body.summary", new Object[] { tables.size(), people, year }, locale)),
				tables, List.of()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
