package klynge.importing;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * Writes {@link ImportedMinutes} back in the seed text format (tab-separated header and
 * attendance table, "Sak NN-YY" items, links and emphasis), so that reading the result
 * gives the same structure.
 */
public final class SeedFormatWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private SeedFormatWriter() {
	}

	public static String write(ImportedMinutes minutes) {
		StringBuilder out = new StringBuilder("\n\nREFERAT\n\n");
		if (minutes.bodyName() != null) {
			out.append("Organ\t").append(minutes.bodyName()).append('\n');
		}
		out.append("Sted\t")
			.append(Objects.requireNonNullElse(minutes.place(), ""))
			.append("\tDato:\t")
			.append(DATE.format(minutes.date()))
			.append('\n');
		if (minutes.startsAt() != null) {
			out.append("\t\tKl:\t").append(TIME.format(minutes.startsAt()));
			if (minutes.endsAt() != null) {
				out.append('-').append(TIME.format(minutes.endsAt()));
			}
			out.append('\n');
		}
		if (!minutes.attendees().isEmpty()) {
			out.append("Organisasjon\tNavn\tKode\tInnkalt\tForfall\n");
			AttendanceSection section = AttendanceSection.MEMBER;
			for (ImportedAttendee row : minutes.attendees()) {
				if (row.section() != section
						&& !(row.section() == AttendanceSection.SECRETARIAT && seatSaysSecretariat(row))) {
					section = row.section();
					out.append(switch (section) {
						case MEMBER -> "Medlemmer:";
						case OBSERVER -> "Observatører:";
						case SECRETARIAT -> "Sekretariat:";
						case GUEST -> "Gjester:";
					}).append("\t\t\t\t\n");
				}
				out.append(nn(row.seat()))
					.append('\t')
					.append(row.name())
					.append('\t')
					.append(nn(row.code()))
					.append('\t')
					.append(row.summoned() ? "x" : "")
					.append('\t')
					.append(row.status() == AttendanceStatus.PRESENT ? "" : row.status().code())
					.append('\n');
			}
		}
		out.append('\n');
		StringBuilder prose = new StringBuilder();
		for (ImportedMinutes.Deputy deputy : minutes.deputies()) {
			prose.append("Vararepresentant ")
				.append(deputy.name())
				.append(" (")
				.append(deputy.organisation())
				.append(") deltok i møtet. ");
		}
		if (minutes.chair() != null) {
			prose.append(minutes.chair().name())
				.append(" (")
				.append(minutes.chair().organisation())
				.append(") ledet møtet som vara for ")
				.append(minutes.chair().standsInFor())
				.append('.');
		}
		if (!prose.isEmpty()) {
			out.append(prose.toString().strip()).append("\n\n");
		}
		minutes.uncertain().forEach(line -> out.append(line).append("\n\n"));
		for (ImportedItem item : minutes.items()) {
			out.append(label(item)).append(' ').append(item.title()).append("\n\n");
			body(out, item);
			for (ImportedItem sub : item.subItems()) {
				if (!sub.label().isEmpty()) {
					out.append(sub.label()).append(' ');
				}
				out.append(sub.title()).append("\n\n");
				body(out, sub);
			}
		}
		return out.toString();
	}

	private static boolean seatSaysSecretariat(ImportedAttendee row) {
		return row.seat() != null && row.seat().toLowerCase(Locale.ROOT).startsWith("sekretariat");
	}

	private static String label(ImportedItem item) {
		if (item.label() != null && !item.label().isEmpty()) {
			return item.label();
		}
		return "Sak " + item.caseNumber();
	}

	private static void body(StringBuilder out, ImportedItem item) {
		if (item.presenter() != null) {
			out.append("v/ ").append(item.presenter()).append("\n\n");
		}
		List<ImportedItem.Link> own = item.documents().stream().filter(link -> !link.inline()).toList();
		if (!own.isEmpty()) {
			own.forEach(
					link -> out.append('[').append(escape(link.title())).append("](").append(link.url()).append(") "));
			out.setLength(out.length() - 1);
			out.append("\n\n");
		}
		if (item.notes() != null) {
			out.append(item.notes()).append("\n\n");
		}
		if (item.feedbackHeading() != null) {
			out.append(item.feedbackHeading()).append("\n\n");
			item.feedback().forEach(line -> out.append("- ").append(line).append('\n'));
			out.append('\n');
		}
		if (item.proposal() != null) {
			out.append("Forslag til vedtak: ").append(item.proposal()).append("\n\n");
		}
		if (item.votes() != null) {
			out.append("Vedtak: ").append(item.votes()).append("\n\n");
		}
		else if (item.decision() != null) {
			out.append("Vedtak: *").append(item.decision()).append("*\n\n");
		}
		item.followUps().forEach(followUp -> out.append('*').append(followUp.description()).append("*\n\n"));
		item.uncertain().forEach(text -> out.append(text).append("\n\n"));
	}

	private static String escape(String title) {
		return title.replace("(", "\\(").replace(")", "\\)").replace("[", "\\[").replace("]", "\\]");
	}

	private static String nn(String value) {
		return value == null ? "" : value;
	}

}
