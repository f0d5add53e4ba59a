/**
 * The user panel (Brukerpanel): the panel is a body of type {@code USER_PANEL} and its
 * members are that body's memberships; this module adds the panel's periods ("Brukerpanel
 * 2023–2025", with the constituting meeting and a mandate), the members of a period (the
 * memberships whose term overlaps it, with the user organisation each represents), and
 * the assignments of user representatives to external bodies and projects ("Pasientens
 * legemiddelliste", at the directorate's request) with their dated status history. Staff
 * edit; the public page {@code /brukerpanelet} shows the period, members by name and
 * organisation, and the current assignments.
 * <p>
 * Personal data (GDPR): an assignment stores the person id of the user representative,
 * because the panel must report and follow up who represents it where and when; nothing
 * else about the person is stored here. No contact data (e-mail, phone) is read or shown
 * by this module; the registry keeps it and shows it to staff. An assignment's note may
 * be internal and is shown to staff only.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body" })
package klynge.userpanel;
