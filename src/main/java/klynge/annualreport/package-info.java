/**
 * The annual report (årsmelding) of a cluster's year: generated from every module's
 * {@link klynge.shared.YearInReview} chapter (bodies, meetings and decisions, budget,
 * funding, events, and whatever module adds one), kept as a snapshot with an editable
 * introduction and texts before and after each chapter (regenerating refreshes the facts
 * and keeps the texts), sent as a draft to a body as an agenda item with its PDF, adopted
 * or noted, and published. Exports as PDF/A and DOCX with charts are built outside the
 * request with a progress indicator and kept in the database.
 * <p>
 * Person data: none of its own. The chapters name members of bodies by name and role
 * (public knowledge of a governance body) and never carry contact data.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "body", "meeting", "document" })
package klynge.annualreport;
