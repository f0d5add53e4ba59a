package klynge.security;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import klynge.shared.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Accounts of the cluster for administrators' tools. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts of the cluster (administrators only)")
class AccountApi {

	/**
	 * The answer to an invitation: the new account and whether the invitation mail left.
	 */
	record Invited(AccountView account, boolean mailSent) {
	}

	private final Accounts accounts;

	private final AccountMails mails;

	AccountApi(Accounts accounts, AccountMails mails) {
		this.accounts = accounts;
		this.mails = mails;
	}

	@GetMapping
	@Operation(summary = "All accounts of the cluster")
	List<AccountView> list() {
		return accounts.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account; its ETag is the version to send as If-Match")
	ResponseEntity<AccountView> get(@PathVariable UUID id) {
		AccountView account = accounts.get(id);
		return ResponseEntity.ok().eTag(account.etag()).body(account);
	}

	@PostMapping
	@Operation(summary = "Invite someone: creates the account and mails an invitation link valid for 72 hours")
	ResponseEntity<Invited> invite(@Valid @RequestBody InviteForm invitation) {
		IssuedToken issued = accounts.invite(invitation);
		boolean sent = mails.invitation(issued);
		AccountView account = accounts.get(issued.accountId());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(account.id())
			.toUri();
		return ResponseEntity.created(location).eTag(account.etag()).body(new Invited(account, sent));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change roles and access; send the ETag of the account as If-Match")
	ResponseEntity<?> update(@PathVariable UUID id, @Valid @RequestBody AccountUpdate update,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@AuthenticationPrincipal KlyngeUser me) {
		int version = EntityTags.expected(ifMatch, update.version());
		AccountView account = accounts.update(id, update.withVersion(version), me.accountId());
		return ResponseEntity.ok().eTag(account.etag()).body(account);
	}

}
