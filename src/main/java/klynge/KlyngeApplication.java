package klynge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Klynge: governance for health clusters. One module per capability, see package-info of
 * each.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KlyngeApplication {

	public static void main(String[] args) {
		SpringApplication.run(KlyngeApplication.class, args);
	}

}
