package klynge.security;

import java.util.UUID;

import klynge.cluster.setup.AdministratorAccounts;
import klynge.cluster.setup.AdministratorForm;
import org.springframework.stereotype.Component;

/** Makes the first administrator of a cluster for setup (the cluster module's port). */
@Component
class SetupAccounts implements AdministratorAccounts {

	private final Accounts accounts;

	private final AccountMails mails;

	SetupAccounts(Accounts accounts, AccountMails mails) {
		this.accounts = accounts;
		this.mails = mails;
	}

	@Override
	public Outcome create(UUID clusterId, AdministratorForm administrator, boolean installationAdministrator) {
		var invitation = accounts.createAdministrator(clusterId, administrator.username(), administrator.email(),
				administrator.password(), administrator.repeat(), administrator.invite(), installationAdministrator);
		// The mail is queued in the cluster's outbox (and retried) even when it cannot
		// leave at once.
		invitation.ifPresent(mails::invitation);
		return invitation.isPresent() ? Outcome.INVITED : Outcome.PASSWORD_SET;
	}

}
