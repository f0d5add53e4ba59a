/**
 * Budgets per year: lines, alternatives (A, B, …) that each set the pool of collaboration
 * funds, paying partners with shares computed from lines and partners (equal, or weighted
 * by category), the budget as the basis of an agenda item, its adoption (alternative,
 * item, conditions), the lock after adoption with recorded revisions, and the
 * follow-through: invoices per partner, actuals per line, exports and a chart. It asks
 * the partners to anchor an adopted budget (anchoring) and gives funding its frames.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "meeting", "anchoring", "funding" })
package klynge.budget;
