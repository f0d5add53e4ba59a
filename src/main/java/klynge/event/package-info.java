/**
 * Events with registration: a public page per event with its program by day and session,
 * its co-organisers and the places left; registration with the event's own questions up
 * to the capacity, then a waiting list whose first is promoted (and mailed) when someone
 * cancels by the personal link of the confirmation mail (which carries the event as
 * iCalendar). Staff edit events, export the participant list (CSV, XLSX) and check people
 * in on a phone. {@link klynge.event.Events#participantNumbers} gives the numbers of a
 * year to the annual report; a daily job anonymises participants a set number of days
 * after the event ends.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "mail" })
package klynge.event;
