package klynge.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The appointments chapter of the annual report (order 90): who was appointed to which
 * position in the year (decisions of appointment processes), and the terms that began or
 * ended in it. People by name and position only.
 */
@Component
class AppointmentYear implements YearInReview {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Appointments appointments;

	private final MessageSource messages;

	AppointmentYear(Appointments appointments, MessageSource messages) {
		this.appointments = appointments;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<Appointments.PositionView> positions = ClusterScope.call(clusterId,
				() -> appointments.overview(LocalDate.of(year, 12, 31)));
		List<String> appointed = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (Appointments.PositionView view : positions) {
			String position = view.position().name();
			for (AppointmentProcess process : view.processes()) {
				process.steps()
					.stream()
					.filter(s -> s.step() == ProcessStep.DECISION && s.happenedOn().getYear() == year)
					.forEach(s -> appointed.add(s.personName() + " – " + position + " ("
							+ period(process.termFrom(), process.termTo()) + ")"));
			}
			for (HeldTerm term : view.terms()) {
				boolean began = term.validFrom().getYear() == year;
				boolean ended = term.validTo() != null && term.validTo().getYear() == year;
				if (began || ended) {
					List<String> what = new ArrayList<>();
					if (began) {
						what.add(message("appointment.year.began", locale));
					}
					if (ended) {
						what.add(message("appointment.year.ended", locale));
					}
					rows.add(List.of(position, term.personName(), period(term.validFrom(), term.validTo()),
							String.join(", ", what)));
				}
			}
		}
		if (appointed.isEmpty() && rows.isEmpty()) {
			return Optional.empty();
		}
		String paragraph = appointed.isEmpty()
				? messages.getMessage("appointment.year.none", new Object[] { String.valueOf(year) }, locale)
				: messages.getMessage("appointment.year.appointed",
						new Object[] { String.valueOf(year), String.join("; ", appointed) }, locale);
		List<Table> tables = rows.isEmpty() ? List.of()
				: List.of(new Table(
						messages.getMessage("appointment.year.caption", new Object[] { String.valueOf(year) }, locale),
						List.of(message("appointment.col.position", locale), message("appointment.col.holder", locale),
								message("appointment.col.term", locale), message("appointment.year.change", locale)),
						rows));
		return Optional.of(new Chapter("appointments", message("appointment.year.title", locale), List.of(paragraph),
				tables, List.of()));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String period(LocalDate from, LocalDate to) {
		return DAY.format(from) + "–" + (to == null ? "" : DAY.format(to));
	}

}
