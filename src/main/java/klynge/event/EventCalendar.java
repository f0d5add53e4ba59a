package klynge.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import klynge.shared.WebLinks;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
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

/**
 * An event as an RFC 5545 file for the confirmation mail: one VEVENT from the first start
 * to the last end in the cluster's zone, with that zone's VTIMEZONE. PUBLISH, not an
 * invitation: Klynge reads no replies, the cancellation link does that job. When staff
 * cancel the event, each registrant gets a CANCEL of the same UID.
 */
final class EventCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

	/**
	 * The confirmation's file is sequence 0; the cancellation is the one change after it.
	 */
	static final int CANCEL_SEQUENCE = 1;

	private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

	private EventCalendar() {
	}

	static byte[] ics(Event event, ZoneId zone, String pageUrl, String organizer, Instant now) {
		VEvent vevent = vevent(event, zone, pageUrl, organizer, now, 0);
		vevent.add(event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		return calendar(ImmutableMethod.PUBLISH, zone, vevent);
	}

	/**
	 * The cancellation of the event for one registrant: METHOD:CANCEL with the UID of the
	 * confirmation's file and a higher SEQUENCE, so a calendar that took the event in
	 * removes it. RFC 5546 wants the attendees being told in a CANCEL.
	 */
	static byte[] cancel(Event event, ZoneId zone, String pageUrl, String organizer, String attendee, Instant now) {
		VEvent vevent = vevent(event, zone, pageUrl, organizer, now, CANCEL_SEQUENCE);
		vevent.add(new Attendee(URI.create("mailto:" + attendee)));
		vevent.add(ImmutableStatus.VEVENT_CANCELLED);
		return calendar(ImmutableMethod.CANCEL, zone, vevent);
	}

	private static byte[] calendar(Method method, ZoneId zone, VEvent vevent) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Klynge//Klynge 1.0//NO"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(timeZone(zone.getId()));
		calendar.add(vevent);
		return calendar.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static VEvent vevent(Event event, ZoneId zone, String pageUrl, String organizer, Instant now,
			int sequence) {
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid("event-" + event.id() + "@klynge"));
		vevent.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		vevent.add(new Sequence(sequence));
		ZonedDateTime start = event.startsAt().atZoneSameInstant(zone);
		ZonedDateTime end = event.endsAt().atZoneSameInstant(zone);
		DtStart<ZonedDateTime> dtStart = new DtStart<>(start);
		DtEnd<ZonedDateTime> dtEnd = new DtEnd<>(end);
		if (dtStart.getParameter("TZID").isEmpty()) {
			dtStart.add(new TzId(zone.getId()));
			dtEnd.add(new TzId(zone.getId()));
		}
		vevent.add(dtStart);
		vevent.add(dtEnd);
		vevent.add(new Summary(event.title()));
		if (event.place() != null && !event.place().isBlank()) {
			vevent.add(new Location(event.place()));
		}
		URI link = WebLinks.uriOrNull(pageUrl);
		if (link != null) {
			vevent.add(new Url(link));
		}
		String summary = event.summary() == null ? "" : event.summary().strip() + "\n\n";
		vevent.add(new Description((summary + pageUrl).strip()));
		// RFC 5546 wants an ORGANIZER in a PUBLISH: the address the mail comes from
		vevent.add(new Organizer(URI.create("mailto:" + organizer)));
		return vevent;
	}

	/**
	 * The zone's VTIMEZONE under the TZID the event uses (ical4j hands out Berlin's for
	 * Oslo, a tz link; see notification's IcsWriter for the same renaming).
	 */
	private static VTimeZone timeZone(String zoneId) {
		VTimeZone zone = REGISTRY.getTimeZone(zoneId).getVTimeZone().copy();
		if (!zoneId.equals(zone.getTimeZoneId().getValue())) {
			zone.replace(new net.fortuna.ical4j.model.property.TzId(zoneId));
			zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
			zone.add(new XProperty("X-LIC-LOCATION", zoneId));
		}
		return zone;
	}

}
