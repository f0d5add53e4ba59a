/**
 * Funding: funds (the yearly collaboration funds from the adopted budget, named funds
 * with their own period and amount), calls for applications (text in sections with a
 * comment round and kept versions, criteria with weights, conditions the system checks, a
 * life cycle from draft to decided), applicant registration and applications. Review,
 * awards and leverage live in sub-packages and build on
 * {@link klynge.funding.Application}'s organisations and named persons. The budget module
 * tells the collaboration funds of a year through the
 * {@link klynge.funding.AdoptedBudgets} port.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body", "meeting", "mail" })
package klynge.funding;
