/**
 * Governing bodies (Partnermøte, Styringsgruppe, Brukerpanel, …) with their names over
 * time, mandates and memberships: who holds which seat and role, for which term.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation" })
package klynge.body;
