package klynge.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * A member of a body on the bulk invitation page: the person, their account's invitation
 * (null when they have none) and what inviting them would do.
 */
public record Invitee(UUID personId, String name, String code, String email, Invitation invitation,
		Action action) implements Serializable {

	/** What a bulk invitation does for this person. */
	public enum Action {

		/** A new account and its first link. */
		INVITE,
		/**
		 * A new link for an account that has not chosen its password; older links stop
		 * working.
		 */
		RESEND,
		/** Nothing: the account is active or disabled. */
		SKIP,
		/** Nothing: no usable e-mail address (edit the person). */
		NO_EMAIL;

		public boolean mails() {
			return this == INVITE || this == RESEND;
		}

	}

	public InvitationState state() {
		return invitation == null ? InvitationState.NONE : invitation.state();
	}

	/** The address the mail goes to: the account's, else the person's. */
	public String address() {
		return invitation != null ? invitation.email() : email;
	}

}
