package klynge.poll;

/** Someone invited by name and e-mail address (not necessarily in the register). */
public record InviteeForm(String name, String email) {

	static InviteeForm empty() {
		return new InviteeForm(null, null);
	}

}
