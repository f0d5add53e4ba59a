/**
 * Collaboration partners (samarbeidspartnere): other clusters, networks, hospitals and
 * centres the cluster works with, each with a status DIALOG → FORMALISED → ENDED and its
 * dated history ({@link klynge.collaboration.PartnerRules} says which changes are
 * allowed), the agenda items that decided on it (read through meeting's published views,
 * shown only as far as the reader may see the item) and the events held together (through
 * {@link klynge.event.Events#links}). Staff keep the list; the public page shows the
 * partners {@link klynge.collaboration.PartnerRules#isPublic} allows, never the contact.
 * <p>
 * Personal data (GDPR): one contact person per partner, name, e-mail and phone, kept so
 * the secretariat knows whom to call about the collaboration (legitimate interest). It is
 * shown to staff only (pages and API), kept out of the audit log, and goes when staff
 * clear the fields or delete the partner.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "meeting", "body", "event" })
package klynge.collaboration;
