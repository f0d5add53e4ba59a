package klynge.cluster;

/**
 * A cluster to create (first-run setup, or a later cluster of the installation). The host
 * name is optional (null: reached on the shared host, or with
 * {@code username@shortname}); the logo is an SVG document or null.
 */
public record NewCluster(String shortName, String name, String hostName, String primaryColour, String secondaryColour,
		String defaultLanguage, String timeZone, String logoSvg) {
}
