/**
 * Minutes (referat): per-item notes, feedback and the adopted decision (vedtak), the
 * workflow draft → for comments → approved and locked, comments, amendments and every
 * version kept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "organisation",
		"body", "meeting", "meeting :: attendance", "casefile", "followup" })
package klynge.minutes;
