/**
 * Meetings of a body: date, time and place, status from planned to minutes approved, the
 * summons and attendance list with quorum, and the agenda with case numbers NN-YY per
 * body and year.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body" })
package klynge.meeting;
