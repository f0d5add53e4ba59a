package klynge.cluster.setup;

import java.util.Locale;

/**
 * The first administrator of a cluster: login name, e-mail, and either a password (typed
 * twice) or, when {@code invite} is set, an invitation mail to choose one.
 */
public record AdministratorForm(String username, String email, String password, String repeat, boolean invite) {

	public AdministratorForm {
		username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		email = email == null ? "" : email.strip();
	}
}
