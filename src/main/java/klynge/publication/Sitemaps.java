package klynge.publication;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.event.EventRef;
import klynge.event.Events;
import klynge.funding.Calls;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.minutes.MinutesQueue;
import klynge.minutes.MinutesTask;
import org.springframework.stereotype.Service;

/**
 * The sitemap (sitemaps.org 0.9) of the cluster of the host: its public pages, the
 * meetings whose summons has gone out, the approved minutes, the bodies, open calls and
 * published events. At most 50 000 addresses, the protocol's limit.
 */
@Service
class Sitemaps {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final int MAX = 50_000;

	/** The public pages of every cluster, start first. */
	static final List<String> PAGES = List.of("/", "/offentlig", "/offentlig/vedtak", "/bodies", "/meetings",
			"/open-calls", "/tildelinger", "/arrangementer", "/idebank", "/strategi", "/samarbeidspartnere");

	/**
	 * A summons sent makes the meeting's page public (the agenda, as each item allows).
	 */
	private static final Set<MeetingStatus> PUBLISHED = EnumSet.of(MeetingStatus.SUMMONED, MeetingStatus.HELD,
			MeetingStatus.MINUTES_FOR_COMMENT, MeetingStatus.MINUTES_APPROVED);

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final BodyDirectory bodies;

	private final Meetings meetings;

	private final MinutesQueue minutes;

	private final Calls calls;

	private final Events events;

	private final CurrentCluster cluster;

	private final CanonicalUrls urls;

	Sitemaps(BodyDirectory bodies, Meetings meetings, MinutesQueue minutes, Calls calls, Events events,
			CurrentCluster cluster, CanonicalUrls urls) {
		this.urls = urls;
		this.bodies = bodies;
		this.meetings = meetings;
		this.minutes = minutes;
		this.calls = calls;
		this.events = events;
		this.cluster = cluster;
	}

	/** Path → last change (or null), in the order written. */
	Map<String, LocalDate> paths() {
		Map<String, LocalDate> paths = new LinkedHashMap<>();
		PAGES.forEach(page -> paths.put(page, null));
		bodies.bodies(cluster.id()).forEach(body -> paths.put("/bodies/" + body.id(), null));
		for (MinutesTask task : minutes.latestApproved(MAX)) {
			paths.put(FeedLinks.minutes(task.bodyName(), task.meetingDate()),
					task.approvedOn() != null ? task.approvedOn() : task.meetingDate());
		}
		List<Meeting> all = new ArrayList<>(meetings.between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)));
		all.stream()
			.filter(meeting -> PUBLISHED.contains(meeting.status()))
			.forEach(meeting -> paths.put("/meetings/" + meeting.id(), null));
		calls.published().forEach(call -> paths.put("/calls/" + call.id(), null));
		events.publicEvents()
			.stream()
			.filter(EventRef::published)
			.forEach(event -> paths.put("/arrangementer/" + event.slug(), null));
		return paths;
	}

	byte[] sitemap() {
		String base = urls.of("");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			paths().entrySet().stream().limit(MAX).forEach(entry -> url(xml, base + entry.getKey(), entry.getValue()));
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("sitemap not written", ex);
		}
		return out.toByteArray();
	}

	private static void url(XMLStreamWriter xml, String location, LocalDate changed) {
		try {
			xml.writeStartElement(NAMESPACE, "url");
			xml.writeStartElement(NAMESPACE, "loc");
			xml.writeCharacters(FeedWriter.clean(location));
			xml.writeEndElement();
			if (changed != null) {
				xml.writeStartElement(NAMESPACE, "lastmod");
				xml.writeCharacters(changed.toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("sitemap not written", ex);
		}
	}

}
