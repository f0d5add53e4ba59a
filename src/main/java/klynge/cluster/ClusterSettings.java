package klynge.cluster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator may change about the cluster. */
public record ClusterSettings(@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String primaryColour,
		@NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String secondaryColour,
		@NotBlank @Pattern(regexp = "nb|nn|en") String defaultLanguage, int version) {

	public static ClusterSettings of(Cluster cluster) {
		return new ClusterSettings(cluster.name(), cluster.primaryColour(), cluster.secondaryColour(),
				cluster.defaultLanguage(), cluster.version());
	}
}
