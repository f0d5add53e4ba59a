/**
 * The web shell: layout, start page, languages, date formats, error pages and problem
 * details. Each feature module owns its own controllers and templates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "body",
		"meeting", "minutes", "followup", "casefile", "mail", "appointment", "funding :: project" })
package klynge.web;
