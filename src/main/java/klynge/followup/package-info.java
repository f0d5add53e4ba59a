/**
 * Follow-ups ("GG følger opp saken"): owner (person by code, or a body), description, due
 * date and status; "Mine oppfølginger"; open follow-ups are offered to the owner body's
 * agenda backlog.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body", "meeting", "casefile" })
package klynge.followup;
