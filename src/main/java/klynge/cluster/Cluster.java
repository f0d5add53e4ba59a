package klynge.cluster;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** A health cluster: the tenant that owns every other row. */
public record Cluster(UUID id, String shortName, String name, String primaryColour, String secondaryColour,
		String defaultLanguage, String timeZone, boolean hasLogo, int version) {

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	public Locale locale() {
		return Locale.forLanguageTag(defaultLanguage);
	}
}
