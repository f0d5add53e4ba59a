/**
 * Calendars and e-mail to people: ICS invitations and personal webcal feeds, and the
 * mails that follow meetings, minutes and follow-ups (summons with PDF and ICS, minutes
 * for comments, reminders, change and cancel notices), sent through the mail module's
 * outbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "organisation",
		"body", "meeting", "meeting :: attendance", "minutes", "followup", "document", "mail" })
package klynge.notification;
