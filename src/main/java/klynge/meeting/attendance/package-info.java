/**
 * Attendance of a meeting: the summons list from the memberships, the Forfall column,
 * deputies, guests and the quorum. Part of the meeting module; the types other modules
 * read (the sheet, its rows, sections and statuses, the quorum rule, and the
 * {@link klynge.meeting.attendance.Attendance} service) form its named interface
 * "attendance" ({@code meeting :: attendance}).
 */
package klynge.meeting.attendance;
