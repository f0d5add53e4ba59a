package klynge.notification;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import klynge.shared.WebLinks;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes RFC 5545 calendars with ical4j: times in Europe/Oslo with a VTIMEZONE of that
 * TZID. The iTIP method (RFC 5546) follows how the file travels: a mailed invitation is a
 * REQUEST (or CANCEL) naming its recipient as ATTENDEE, a download or feed is a PUBLISH
 * without attendees.
 */
final class IcsWriter {

	static final String ZONE = "Europe/Oslo";

	private static final Logger LOG = LoggerFactory.getLogger(IcsWriter.class);

	private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

	private IcsWriter() {
	}

	/** Who a mailed invitation is addressed to: the ATTENDEE of its REQUEST or CANCEL. */
	record Addressee(String email, String name) {
	}

	/**
	 * One meeting mailed to one person: an invitation (REQUEST), or its cancellation
	 * (CANCEL).
	 */
	static String invitation(CalendarEvent event, Addressee to, Instant now) {
		return write(List.of(event), event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, to, now);
	}

	/**
	 * One meeting as a file to download: the meeting as it stands, cancelled or not
	 * (PUBLISH).
	 */
	static String download(CalendarEvent event, Instant now) {
		return write(List.of(event), ImmutableMethod.PUBLISH, null, now);
	}

	/** A subscription feed: the meetings as they stand (PUBLISH). */
	static String feed(List<CalendarEvent> events, Instant now) {
		return write(events, ImmutableMethod.PUBLISH, null, now);
	}

	/**
	 * The zone's VTIMEZONE under the TZID the events use. ical4j's definitions follow the
	 * tz database, where Europe/Oslo is a link to Europe/Berlin (same rules), so it hands
	 * out Berlin's component; an event's TZID must name a VTIMEZONE of the same calendar
	 * (RFC 5545 3.2.19), so the copy is renamed, and its TZURL (which would fetch
	 * Berlin's) left out.
	 */
	static VTimeZone timeZone(String zoneId) {
		VTimeZone zone = REGISTRY.getTimeZone(zoneId).getVTimeZone().copy();
		if (!zoneId.equals(zone.getTimeZoneId().getValue())) {
			zone.replace(new net.fortuna.ical4j.model.property.TzId(zoneId));
			zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
			zone.add(new XProperty("X-LIC-LOCATION", zoneId));
		}
		return zone;
	}

	private static String write(List<CalendarEvent> events, Method method, Addressee to, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Klynge//Klynge 1.0//NO"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(timeZone(ZONE));
		for (CalendarEvent event : events) {
			try {
				calendar.add(event(event, to, now));
			}
			catch (RuntimeException ex) {
				if (events.size() == 1) {
					throw ex;
				}
				// one meeting's bad data must not take every subscriber's feed down with
				// it
				LOG.warn("Meeting {} left out of a calendar feed: {}", event.uid(), ex.toString());
			}
		}
		return calendar.toString();
	}

	private static VEvent event(CalendarEvent event, Addressee to, Instant now) {
		VEvent vevent = new VEvent(false); // not initialised: it would add a DTSTAMP of
											// its own beside ours
		vevent.add(new Uid(event.uid()));
		vevent.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		vevent.add(new Sequence(event.sequence()));
		if (event.startsAt() == null) {
			vevent.add(new DtStart<>(event.date()));
			vevent.add(new DtEnd<>(event.date().plusDays(1)));
		}
		else {
			ZoneId oslo = ZoneId.of(ZONE);
			ZonedDateTime start = ZonedDateTime.of(event.date(), event.startsAt(), oslo);
			ZonedDateTime end = event.endsAt() == null ? start.plusHours(1)
					: ZonedDateTime.of(event.date(), event.endsAt(), oslo);
			DtStart<ZonedDateTime> dtStart = new DtStart<>(start);
			DtEnd<ZonedDateTime> dtEnd = new DtEnd<>(end);
			if (dtStart.getParameter("TZID").isEmpty()) {
				dtStart.add(new TzId(ZONE));
				dtEnd.add(new TzId(ZONE));
			}
			vevent.add(dtStart);
			vevent.add(dtEnd);
		}
		vevent.add(new Summary(event.summary()));
		if (event.place() != null && !event.place().isBlank()) {
			vevent.add(new Location(event.place()));
		}
		else if (event.onlineUrl() != null) {
			vevent.add(new Location(event.onlineUrl()));
		}
		// an address that is no URI (typed before it was checked) stays in the text only
		URI link = WebLinks.isWebAddress(event.onlineUrl()) ? URI.create(event.onlineUrl())
				: WebLinks.uriOrNull(event.pageUrl());
		if (link != null) {
			vevent.add(new Url(link));
		}
		vevent.add(new Description(description(event)));
		if (event.organizerEmail() != null) {
			vevent.add(new Organizer(URI.create("mailto:" + event.organizerEmail())));
		}
		if (to != null) {
			Attendee attendee = new Attendee(mailto(to.email()));
			if (to.name() != null && !to.name().isBlank()) {
				attendee.add(new Cn(to.name()));
			}
			attendee.add(Role.REQ_PARTICIPANT);
			attendee.add(Rsvp.FALSE); // Klynge reads no replies; attendance is kept on
										// the meeting page
			vevent.add(attendee);
		}
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return vevent;
	}

	private static URI mailto(String email) {
		try {
			return new URI("mailto", email, null);
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalArgumentException("not an e-mail address: " + email, ex);
		}
	}

	static String description(CalendarEvent event) {
		StringBuilder text = new StringBuilder();
		if (event.onlineUrl() != null) {
			text.append(event.onlineUrl()).append("\n\n");
		}
		event.agendaLines().forEach(line -> text.append(line).append('\n'));
		if (event.pageUrl() != null) {
			text.append('\n').append(event.pageUrl());
		}
		return text.toString().strip();
	}

}
