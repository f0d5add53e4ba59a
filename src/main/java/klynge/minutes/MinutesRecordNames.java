package klynge.minutes;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.RecordNamer;
import org.springframework.stereotype.Component;

/** Minutes and comments as people name them, for the audit log. */
@Component
class MinutesRecordNames implements RecordNamer {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MinutesRepository repository;

	private final MinutesService minutes;

	private final Meetings meetings;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	MinutesRecordNames(MinutesRepository repository, MinutesService minutes, Meetings meetings,
			OrganisationDirectory registry, CurrentCluster cluster) {
		this.repository = repository;
		this.minutes = minutes;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
	}

	@Override
	public Set<String> tables() {
		return Set.of("minutes", "minutes_comment");
	}

	@Override
	public Optional<RecordName> name(String table, UUID rowId) {
		if ("minutes".equals(table)) {
			Meeting meeting = meetings.meeting(minutes.minutes(rowId).meetingId());
			return Optional.of(new RecordName(meetings.bodyName(meeting) + " " + DAY.format(meeting.meetingDate()),
					"/meetings/" + meeting.id()));
		}
		return repository.comment(cluster.id(), rowId).map(comment -> {
			String who = comment.authorPersonId() == null ? comment.author()
					: registry.person(cluster.id(), comment.authorPersonId())
						.map(PersonRef::name)
						.orElse(comment.author());
			return new RecordName(who + ": " + shortened(comment.text()),
					"/minutes/" + comment.minutesId() + "/comments/" + comment.id());
		});
	}

	private static String shortened(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
	}

}
