package klynge.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.shared.RecordNamer;
import org.springframework.stereotype.Component;

/**
 * Meetings and agenda items as people name them, for the audit log (which only staff see,
 * so an exempt item's real title is theirs to read).
 */
@Component
class MeetingRecordNames implements RecordNamer {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Meetings meetings;

	private final Agenda agenda;

	MeetingRecordNames(Meetings meetings, Agenda agenda) {
		this.meetings = meetings;
		this.agenda = agenda;
	}

	@Override
	public Set<String> tables() {
		return Set.of("meeting", "agenda_item");
	}

	@Override
	public Optional<RecordName> name(String table, UUID rowId) {
		if ("meeting".equals(table)) {
			Meeting meeting = meetings.meeting(rowId);
			return Optional.of(new RecordName(meetings.bodyName(meeting) + " " + DAY.format(meeting.meetingDate()),
					"/meetings/" + meeting.id()));
		}
		AgendaItem item = agenda.item(rowId);
		AgendaItem numbered = item.caseNumber() != null || item.parentId() == null ? item
				: agenda.item(item.parentId());
		String number = numbered.caseNumber() == null ? "" : numbered.caseNumber() + " ";
		return Optional.of(new RecordName(number + item.title(), "/meetings/" + item.meetingId()
				+ (numbered.caseNumber() == null ? "" : "#sak-" + numbered.caseNumber())));
	}

}
