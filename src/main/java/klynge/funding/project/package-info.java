/**
 * Projects: an award ({@code funding_award.id} is the project id) with its progress and
 * final report due by dates, the applicant's submissions (each kept as a version), the
 * secretariat's approval or return with a comment, and the daily reminders to applicants
 * whose report is due soon or overdue. Readers: the project's applicant, staff, and the
 * members of the call's review committee and deciding body; to anyone else a project does
 * not exist.
 */
package klynge.funding.project;
