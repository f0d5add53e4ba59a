/**
 * The idea bank (issue 16, requirement 3; the wish of Partnermøtet 2023, sak 02-23): a
 * call for student presentations attached to an event (Studentkonferansen), where a
 * student without an account submits title, abstract, study programme, institution,
 * supervisor and a poster (PDF); the organisers approve or reject it and give it a slot
 * in the event's public program; the "Publiser i idébanken" action puts the approved
 * posters in the public idea bank ({@code /idebank}), searchable by topic, institution,
 * year and text, beside the thesis ideas that staff add without a poster.
 * <p>
 * Personal data (GDPR): the student's name is needed to know whose poster it is and is
 * shown publicly (program, idea bank) only when the student ticked the consent box; the
 * e-mail is needed for the receipt with the personal status link and for the organisers
 * to reach the student, is shown to staff only, and is cleared with the status link when
 * the call is published (a rejected submission then loses its name and poster as well).
 * Both are kept out of the audit log.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "mail", "event" })
package klynge.ideabank;
