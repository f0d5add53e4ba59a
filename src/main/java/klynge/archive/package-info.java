/**
 * Backup and archive: the per-cluster export (one deterministic JSON document with every
 * row of one cluster) and its restore into an empty database. The tables are read
 * generically from the database catalogue, so the tables of new modules are exported
 * without changes here. The Noark 5 arkivuttrekk of a period ({@code noark}) reads the
 * meetings through the meeting, body and document modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "meeting",
		"meeting :: attendance", "body", "document" })
package klynge.archive;
