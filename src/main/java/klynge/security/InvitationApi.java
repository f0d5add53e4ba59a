package klynge.security;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations in bulk and their state, for administrators' tools. No answer ever holds a
 * link: only the mail does.
 */
@RestController
@Tag(name = "Invitations", description = "Invite a body's members in bulk; resend and withdraw (administrators only)")
class InvitationApi {

	/**
	 * Whom to invite: the people's ids, or null (absent) for every member of the body
	 * today.
	 */
	record BulkRequest(List<UUID> personIds) {
	}

	private final Invitations invitations;

	InvitationApi(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/api/v1/invitations")
	@Operation(summary = "Every invitation of the cluster with its state; only those of a body's members with ?body=")
	List<Invitation> list(@RequestParam(required = false) UUID body) {
		if (body != null) {
			invitations.body(body);
		}
		return invitations.overview(body);
	}

	@GetMapping("/api/v1/bodies/{id}/invitations")
	@Operation(summary = "The body's members today with their invitation state and what a bulk invitation would do")
	List<Invitee> members(@PathVariable UUID id) {
		return invitations.ofBody(id);
	}

	@PostMapping("/api/v1/bodies/{id}/invitations")
	@Operation(summary = "Invite the body's members (all, or the personIds given): each gets their own link by mail; "
			+ "active accounts are skipped and people without an e-mail address listed. "
			+ "The Idempotency-Key header is required: the same key again sends nothing and answers what was done")
	BulkInvitation invite(@PathVariable UUID id, @RequestBody(required = false) BulkRequest request,
			@Parameter(description = "a key unique to this invitation, e.g. a UUID") @RequestHeader(
					value = "Idempotency-Key", required = false) String key) {
		return invitations.invite(id, request == null ? null : request.personIds(), key);
	}

	@PostMapping("/api/v1/accounts/{id}/invitation")
	@Operation(summary = "Send a new invitation link to an account that has not accepted (a withdrawn one too); "
			+ "older links stop working")
	Invitation resend(@PathVariable UUID id) {
		return invitations.resend(id);
	}

	@DeleteMapping("/api/v1/accounts/{id}/invitation")
	@Operation(
			summary = "Withdraw an invitation that was not accepted: its links stop working and the account is disabled")
	Invitation revoke(@PathVariable UUID id) {
		return invitations.revoke(id);
	}

}
