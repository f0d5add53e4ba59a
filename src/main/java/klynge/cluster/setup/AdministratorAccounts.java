package klynge.cluster.setup;

import java.util.UUID;

/**
 * The port through which setup creates a cluster's first administrator; the security
 * module implements it (accounts belong there). Rule violations (taken username, weak
 * password) name the field of {@link AdministratorForm} they belong beside.
 */
public interface AdministratorAccounts {

	/**
	 * What happened to the administrator: a password set, or an invitation mailed (or
	 * queued).
	 */
	enum Outcome {

		PASSWORD_SET, INVITED

	}

	/**
	 * Creates an administrator of {@code clusterId}; an installation administrator may
	 * also create further clusters. Without a password an invitation mail goes to the
	 * e-mail address.
	 */
	Outcome create(UUID clusterId, AdministratorForm administrator, boolean installationAdministrator);

}
