/**
 * Importing existing minutes (text, DOCX, PDF, ZIP): read, previewed with what will be
 * created, confirmed, then recorded as past meetings with their attendance, items,
 * minutes and follow-ups.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "organisation",
		"body", "meeting", "meeting :: attendance", "minutes", "followup" })
package klynge.importing;
