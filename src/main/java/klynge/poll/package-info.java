/**
 * Date polls: the secretariat proposes dates and times for one or several meetings of a
 * body at once, the invitees (the body's members and deputies, or anyone by e-mail)
 * answer yes / if need be / no through a personal link without logging in, a results
 * matrix shows who answered what, reminders go to those who have not answered, and
 * closing makes the chosen options meetings of the body (with its summons list) and mails
 * each invitee a calendar invitation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "organisation",
		"body", "meeting", "mail", "notification" })
package klynge.poll;
