/**
 * Documents in and out: summons and minutes as PDF/A-2b and DOCX in the cluster's layout,
 * and the import of existing minutes (seed text format, DOCX, PDF; other bodies'
 * conventions) through a preview into structured meetings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "organisation",
		"body", "meeting", "meeting :: attendance", "minutes", "followup", "casefile" })
package klynge.document;
