/**
 * The registry: organisations (with parents and partner status over time) and people
 * (with their initials code, unique per cluster, and where they work over time). Other
 * modules read it through {@link klynge.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared" })
package klynge.organisation;
