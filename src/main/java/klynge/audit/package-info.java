/**
 * The audit log. A database trigger on every domain table records who, when, what and the
 * before/after values of each write; this module names the actor of each transaction and
 * lets administrators browse the log. The log is append-only (a trigger refuses updates
 * and deletes), and no route edits or deletes an entry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared" })
package klynge.audit;
