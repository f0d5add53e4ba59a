/**
 * The cluster's lists in spreadsheets: organisations, people, bodies and memberships
 * uploaded as XLSX or CSV, previewed row by row, and committed in one transaction through
 * the registry's and the bodies' own services; templates and exports of the same lists. A
 * module of its own because it builds on both {@code organisation} and {@code body}
 * (which itself depends on {@code organisation}), so neither of them could hold it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body" })
package klynge.spreadsheet;
