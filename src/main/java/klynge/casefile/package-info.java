/**
 * Cases across bodies and years (saksgang): items grouped into a case with one timeline,
 * referrals from one body to another with an expected return, and each body's agenda
 * backlog.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body", "meeting" })
package klynge.casefile;
