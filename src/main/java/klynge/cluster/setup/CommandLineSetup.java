package klynge.cluster.setup;

import klynge.cluster.Cluster;
import klynge.cluster.Clusters;
import klynge.cluster.NewCluster;
import klynge.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Setup without a browser: {@code java -jar klynge.jar --klynge.setup.cluster=vest
 * --klynge.setup.cluster-name="Helseklynge Vest" --klynge.setup.admin-email=it@vest.no}
 * (see docs/operations.md). Runs before the setup code is announced. On an installation
 * that already has this cluster it does nothing, so the arguments may stay in a service
 * file; with another cluster there, or with invalid settings, the start fails with the
 * reason rather than run half set up.
 */
@Component
@Order(0)
class CommandLineSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CommandLineSetup.class);

	private final SetupProperties properties;

	private final FirstRun firstRun;

	private final Clusters clusters;

	CommandLineSetup(SetupProperties properties, FirstRun firstRun, Clusters clusters) {
		this.properties = properties;
		this.firstRun = firstRun;
		this.clusters = clusters;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!properties.fromCommandLine()) {
			return;
		}
		String shortName = properties.cluster().strip();
		if (clusters.byShortName(shortName).isPresent()) {
			log.info("Setup from the command line: cluster '{}' exists already, nothing to do.", shortName);
			return;
		}
		if (!firstRun.needed()) {
			throw new IllegalStateException("klynge.setup.cluster=" + shortName
					+ ": this installation is set up already; an installation administrator adds clusters at /installation/clusters");
		}
		String email = required(properties.adminEmail(), "klynge.setup.admin-email");
		String username = properties.adminUsername() == null || properties.adminUsername().isBlank()
				? usernameFrom(email) : properties.adminUsername();
		String password = properties.adminPassword() == null || properties.adminPassword().isBlank() ? null
				: properties.adminPassword();
		NewCluster cluster = new NewCluster(shortName,
				properties.clusterName() == null || properties.clusterName().isBlank() ? shortName
						: properties.clusterName().strip(),
				properties.hostName() == null || properties.hostName().isBlank() ? null : properties.hostName().strip(),
				properties.primaryColour(), properties.secondaryColour(), properties.language(), properties.timeZone(),
				null);
		try {
			Cluster created = firstRun.setUpFromCommandLine(cluster,
					new AdministratorForm(username, email, password, password, password == null));
			log.warn("Setup from the command line: created cluster '{}' ({}) and its administrator '{}' ({}).",
					created.shortName(), created.name(), username,
					password == null ? "an invitation was mailed to " + email : "with the given password");
		}
		catch (RuleViolation violation) {
			throw new IllegalStateException("Setup from the command line refused: " + violation.messageKey()
					+ (violation.field() == null ? "" : " (" + violation.field() + ")"), violation);
		}
	}

	private static String required(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("Setup from the command line needs --" + name);
		}
		return value.strip();
	}

	/** it@vest.no → "it"; what login accepts (a-z, 0-9, . _ -, at least 3). */
	static String usernameFrom(String email) {
		String local = email.substring(0, Math.max(0, email.indexOf('@')))
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9._-]", "");
		return local.length() >= 3 ? local : "admin";
	}

}
