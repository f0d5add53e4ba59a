/**
 * What a cluster publishes (issue 17, requirement 3): public pages without login, the
 * sitemap and Atom feeds. Every access decision comes from meeting's Viewer (and the
 * owning module's public API); this module only shows what they allow an anonymous
 * reader.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "web",
		"meeting", "minutes", "body", "organisation", "funding", "event", "ideabank" })
package klynge.publication;
