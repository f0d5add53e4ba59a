package klynge.cluster.setup;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import klynge.cluster.NewCluster;

/**
 * The setup page's form: the setup code (first run only), the cluster and its first
 * administrator. The logo comes as a separate file upload.
 */
public record SetupForm(String code, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]*") String shortName,
		@Size(max = 200) @Pattern(regexp = "([a-z0-9-]+(\\.[a-z0-9-]+)*)?") String hostName,
		@NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String primaryColour,
		@NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String secondaryColour,
		@NotBlank @Pattern(regexp = "nb|nn|en") String defaultLanguage, @NotBlank @Size(max = 60) String timeZone,
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]*") String username,
		@NotBlank @Email @Size(max = 254) String email, String password, String repeat, Boolean invite) {

	public SetupForm {
		code = code == null ? "" : code.strip();
		name = name == null ? null : name.strip();
		shortName = shortName == null ? null : shortName.strip().toLowerCase(Locale.ROOT);
		hostName = hostName == null ? "" : hostName.strip().toLowerCase(Locale.ROOT);
		timeZone = timeZone == null ? null : timeZone.strip();
		username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
		email = email == null ? null : email.strip();
		invite = Boolean.TRUE.equals(invite);
	}

	static SetupForm empty() {
		return new SetupForm("", "", "", "", "#1f4e79", "#e8f0f7", "nb", "Europe/Oslo", "", "", "", "", false);
	}

	NewCluster cluster(String logoSvg) {
		return new NewCluster(shortName, name, hostName.isEmpty() ? null : hostName, primaryColour, secondaryColour,
				defaultLanguage, timeZone, logoSvg);
	}

	AdministratorForm administrator() {
		return new AdministratorForm(username, email, invite ? null : password, invite ? null : repeat, invite);
	}
}
