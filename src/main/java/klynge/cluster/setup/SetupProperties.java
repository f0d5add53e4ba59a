package klynge.cluster.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code klynge.setup.*}: the setup code for scripted installs
 * ({@code KLYNGE_SETUP_CODE}; unset: a random one is printed in the log), and the cluster
 * and administrator of a setup from the command line
 * ({@code --klynge.setup.cluster=vest --klynge.setup.admin-email=…}).
 */
@ConfigurationProperties("klynge.setup")
public record SetupProperties(String code, String cluster, String clusterName, String hostName,
		@DefaultValue("nb") String language, @DefaultValue("Europe/Oslo") String timeZone,
		@DefaultValue("#1f4e79") String primaryColour, @DefaultValue("#e8f0f7") String secondaryColour,
		String adminUsername, String adminEmail, String adminPassword) {

	boolean fromCommandLine() {
		return cluster != null && !cluster.isBlank();
	}
}
