/**
 * Appointments (verv): positions of trust with a standard term length, who held each for
 * which term, a warning to the secretariat before a term ends, and the appointment
 * process for a position's next term (need identified, nomination, decision) with each
 * step dated and linked to the agenda items that handled it.
 * <p>
 * A position of a body (leder for Styringsgruppen) is that body's membership in a role:
 * its terms are read and written through {@code body.Memberships}, never kept twice. A
 * free position (Klyngefasilitator) keeps its own terms.
 * <p>
 * Person data (GDPR): a term and a nomination or decision name a person (by id in the
 * people registry) because the position's holder and the candidate are what the record is
 * about; the public list shows name, position and term only, and contact data is never
 * shown here (the warning mail goes to the secretariat's own address).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body", "meeting", "mail" })
package klynge.appointment;
