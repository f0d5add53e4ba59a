package klynge.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingAccess;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/**
 * Resolves case references in minutes to items: without a prefix to the same body, with
 * one ("PM", "SG") to the body with that prefix. Only items the viewer may see become
 * links.
 */
@Component
public class ReferenceLinks {

	private final Agenda agenda;

	private final Meetings meetings;

	private final MeetingAccess access;

	private final CurrentCluster cluster;

	ReferenceLinks(Agenda agenda, Meetings meetings, MeetingAccess access, CurrentCluster cluster) {
		this.agenda = agenda;
		this.meetings = meetings;
		this.access = access;
		this.cluster = cluster;
	}

	/**
	 * A resolver for text written in a body's minutes, read by a viewer of that body's
	 * meeting.
	 */
	public MinutesMarkdown.Resolver resolverFor(UUID bodyId, Viewer viewer) {
		LocalDate today = LocalDate.now(cluster.get().zone());
		Map<String, Optional<String>> seen = new HashMap<>();
		return reference -> seen.computeIfAbsent(
				(reference.prefix() == null ? "" : reference.prefix()) + ":" + reference.number(),
				key -> target(bodyId, reference).flatMap(item -> {
					Meeting meeting = meetings.meeting(item.meetingId());
					Viewer itsViewer = item.bodyId().equals(bodyId) ? viewer : access.viewerOf(meeting);
					return itsViewer.maySee(item.exemption(), today) ? Optional.of(href(item)) : Optional.empty();
				}));
	}

	/**
	 * The item a reference points to, whoever looks (for the secretariat's list of
	 * unresolved ones).
	 */
	public Optional<AgendaItem> target(UUID bodyId, CaseReferences.Reference reference) {
		Optional<UUID> body = reference.prefix() == null ? Optional.of(bodyId)
				: meetings.bodyWithPrefix(reference.prefix());
		return body.flatMap(id -> agenda.byCaseNumber(id, reference.number()));
	}

	/** References in a text that point to no item. */
	public List<CaseReferences.Reference> unresolved(UUID bodyId, String text) {
		List<CaseReferences.Reference> unresolved = new ArrayList<>();
		for (CaseReferences.Reference reference : CaseReferences.find(text)) {
			if (target(bodyId, reference).isEmpty()) {
				unresolved.add(reference);
			}
		}
		return unresolved;
	}

	static String href(AgendaItem item) {
		return "/meetings/" + item.meetingId() + "#sak-" + item.caseNumber();
	}

}
