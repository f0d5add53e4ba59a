package klynge.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The running version for the page footer, from the build's
 * {@code META-INF/build-info.properties} (spring-boot-maven-plugin, goal build-info), the
 * same source as {@code /actuator/info}. Started outside Maven (an IDE without the build
 * step) there is none, and the footer says only "Klynge".
 */
@Component("klyngeVersion")
public class Version {

	private final String version;

	Version(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		this.version = properties == null ? null : properties.getVersion();
	}

	/** The version, e.g. {@code 0.1.0-SNAPSHOT}, or null when the build wrote none. */
	public String number() {
		return this.version;
	}

}
