/**
 * Anchoring (forankring): a subject another module names
 * ({@link klynge.anchoring.AnchoringSubject}, e.g. kind "budget") is anchored when the
 * representative of every paying partner has confirmed it in writing.
 * {@link klynge.anchoring.Anchorings#open} sends one request per partner (a mail with a
 * personal link, stored hashed); the representative answers after logging in; reminders
 * go to those who have not answered; the tracking page shows each partner's answer;
 * {@link klynge.anchoring.SubjectAnchored} is published once when the last partner
 * confirms. The module knows no budgets: the subject is kind + id + title + link.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "organisation", "body", "mail" })
package klynge.anchoring;
