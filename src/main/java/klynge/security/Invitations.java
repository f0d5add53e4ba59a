package klynge.security;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.security.Invitee.Action;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations in bulk: a body's members, each with their own link by mail, and the
 * overview of every invitation of the current cluster with resend and withdraw. The mails
 * are queued in the outbox in the same transaction as the accounts and tokens, so either
 * everyone selected is invited or no one is. A bulk invitation carries a key (from the
 * confirmation page, or the API's Idempotency-Key); the same key again sends nothing.
 * Links are never returned: only the mail has them.
 */
@Service
class Invitations {

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private final JdbcClient jdbc;

	private final CurrentCluster current;

	private final Accounts accounts;

	private final AccountMails mails;

	private final ObjectProvider<BodyMembers> bodies;

	private final ObjectProvider<PeopleRegistry> people;

	Invitations(JdbcClient jdbc, CurrentCluster current, Accounts accounts, AccountMails mails,
			ObjectProvider<BodyMembers> bodies, ObjectProvider<PeopleRegistry> people) {
		this.jdbc = jdbc;
		this.current = current;
		this.accounts = accounts;
		this.mails = mails;
		this.bodies = bodies;
		this.people = people;
	}

	List<BodyMembers.Body> bodies() {
		UUID cluster = current.id();
		return bodies.stream().flatMap(source -> source.bodies(cluster).stream()).toList();
	}

	BodyMembers.Body body(UUID bodyId) {
		UUID cluster = current.id();
		return bodies.stream()
			.flatMap(source -> source.body(cluster, bodyId).stream())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("body", bodyId));
	}

	/**
	 * The body's members today, each with their invitation and what inviting would do.
	 */
	List<Invitee> ofBody(UUID bodyId) {
		body(bodyId);
		UUID cluster = current.id();
		List<BodyMembers.Member> members = bodies.stream()
			.flatMap(source -> source.membersToday(cluster, bodyId).stream())
			.toList();
		List<Invitation> all = invitations(cluster);
		Map<UUID, Invitation> byPerson = new HashMap<>();
		Map<String, Invitation> byEmail = new HashMap<>();
		for (Invitation invitation : all) {
			if (invitation.personId() != null) {
				byPerson.putIfAbsent(invitation.personId(), invitation);
			}
			byEmail.putIfAbsent(invitation.email().toLowerCase(Locale.ROOT), invitation);
		}
		// Two people with one address get one account: the first is invited, the other
		// skipped.
		Set<String> newAddresses = new HashSet<>();
		return members.stream().map(member -> {
			String email = usable(member.email());
			Invitation invitation = byPerson.get(member.personId());
			if (invitation == null && email != null) {
				invitation = byEmail.get(email.toLowerCase(Locale.ROOT));
			}
			Action action = action(invitation, email);
			if (action == Action.INVITE && !newAddresses.add(email.toLowerCase(Locale.ROOT))) {
				action = Action.SKIP;
			}
			return new Invitee(member.personId(), member.name(), member.code(), email, invitation, action);
		}).toList();
	}

	/**
	 * Who a bulk invitation of the chosen people (null: everyone) would mail, skip or
	 * leave out for want of an address; nothing is changed.
	 */
	BulkInvitation plan(UUID bodyId, Collection<UUID> chosen) {
		return result(bodyId, selected(bodyId, chosen), false);
	}

	/**
	 * Invites the chosen members of the body (null: everyone): new accounts for those who
	 * have none, a new link for those who have not accepted (older links stop working).
	 * Active and disabled accounts and people without an address are reported, not
	 * mailed. Once per key.
	 */
	@Transactional
	BulkInvitation invite(UUID bodyId, Collection<UUID> chosen, String key) {
		UUID cluster = current.id();
		body(bodyId);
		requireKey(key);
		lock(cluster);
		UUID batch = newBatch(cluster, key, bodyId);
		if (batch == null) {
			return replay(cluster, bodyId, key);
		}
		List<Invitee> selected = selected(bodyId, chosen);
		for (Invitee invitee : selected) {
			switch (invitee.action()) {
				case INVITE -> mails.invitation(accounts.issueInvitation(cluster, createAccount(cluster, invitee)));
				case RESEND -> resend(cluster, invitee.invitation().accountId(), invitee.personId());
				default -> {
				}
			}
		}
		BulkInvitation result = result(bodyId, selected, false);
		jdbc.sql("""
				update invitation_batch set invited = ?, skipped = ?, without_email = ?
				where cluster_id = ? and id = ?""")
			.params(ids(result.invited(), result.resent()), ids(result.skipped()), ids(result.withoutEmail()), cluster,
					batch)
			.update();
		return result;
	}

	/**
	 * Every account that was invited, newest link first; only those of one body's members
	 * if given.
	 */
	List<Invitation> overview(UUID bodyId) {
		UUID cluster = current.id();
		List<Invitation> all = invitations(cluster).stream().filter(i -> i.issuedAt() != null).toList();
		if (bodyId == null) {
			return all;
		}
		Set<UUID> accountIds = ofBody(bodyId).stream()
			.filter(invitee -> invitee.invitation() != null)
			.map(invitee -> invitee.invitation().accountId())
			.collect(Collectors.toSet());
		return all.stream().filter(i -> accountIds.contains(i.accountId())).toList();
	}

	Invitation get(UUID accountId) {
		UUID cluster = current.id();
		return invitations(cluster).stream()
			.filter(i -> i.accountId().equals(accountId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("account", accountId));
	}

	/**
	 * A new link for one account that has not chosen its password (a withdrawn one too).
	 */
	@Transactional
	Invitation resend(UUID accountId) {
		UUID cluster = current.id();
		lock(cluster);
		Invitation invitation = get(accountId);
		if (!invitation.state().mayResend()) {
			throw new RuleViolation(null, "account.rule.notInvited");
		}
		resend(cluster, accountId, null);
		return get(accountId);
	}

	/**
	 * The pending and expired invitations (of one body's members if given) that would get
	 * a new link.
	 */
	List<Invitation> pending(UUID bodyId) {
		return overview(bodyId).stream()
			.filter(i -> i.state() == InvitationState.PENDING || i.state() == InvitationState.EXPIRED)
			.toList();
	}

	/**
	 * A new link to everyone pending or expired (of one body's members if given); once
	 * per key.
	 */
	@Transactional
	List<Invitation> resendPending(UUID bodyId, String key) {
		UUID cluster = current.id();
		if (bodyId != null) {
			body(bodyId);
		}
		requireKey(key);
		lock(cluster);
		UUID batch = newBatch(cluster, key, bodyId);
		if (batch == null) {
			return List.of();
		}
		List<Invitation> pending = pending(bodyId);
		pending.forEach(invitation -> resend(cluster, invitation.accountId(), null));
		jdbc.sql("update invitation_batch set invited = ? where cluster_id = ? and id = ?")
			.params(pending.stream().map(Invitation::personId).filter(id -> id != null).toArray(UUID[]::new), cluster,
					batch)
			.update();
		return pending;
	}

	/**
	 * Withdraws an invitation that was not accepted: its links stop working (and say so),
	 * and the account is disabled, so no password reset can open it either. Sending it
	 * again undoes this.
	 */
	@Transactional
	Invitation revoke(UUID accountId) {
		UUID cluster = current.id();
		lock(cluster);
		Invitation invitation = get(accountId);
		if (invitation.state() == InvitationState.REVOKED) {
			return invitation;
		}
		if (!invitation.state().mayRevoke()) {
			throw new RuleViolation(null, "invitation.rule.notRevocable");
		}
		jdbc.sql("""
				update account_token set withdrawn_at = now(), expires_at = least(expires_at, now())
				where cluster_id = ? and account_id = ? and purpose = 'INVITATION' and used_at is null
				  and withdrawn_at is null""").params(cluster, accountId).update();
		jdbc.sql("update account set enabled = false, version = version + 1 where cluster_id = ? and id = ?")
			.params(cluster, accountId)
			.update();
		return get(accountId);
	}

	private void resend(UUID cluster, UUID accountId, UUID personId) {
		// A withdrawn invitation sent again opens the account again; a person found by
		// address is linked to it.
		jdbc.sql("""
				update account set enabled = true, person_id = coalesce(person_id, ?), version = version + 1
				where cluster_id = ? and id = ? and password_hash is null""")
			.params(personId, cluster, accountId)
			.update();
		mails.invitation(accounts.issueInvitation(cluster, accountId));
	}

	private UUID createAccount(UUID cluster, Invitee invitee) {
		String username = freeUsername(cluster, invitee.email());
		return jdbc.sql("""
				insert into account (cluster_id, username, email, person_id) values (?, ?, ?, ?) returning id""")
			.params(cluster, username, invitee.email(), invitee.personId())
			.query(UUID.class)
			.single();
	}

	/** The address's local part as a username ("gunnar.yttri"), numbered if taken. */
	private String freeUsername(UUID cluster, String email) {
		String base = email.substring(0, email.indexOf('@'))
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9._-]+", ".")
			.replaceAll("^[.]+|[.]+$", "");
		if (base.length() > 55) {
			base = base.substring(0, 55);
		}
		if (base.length() < 3) {
			base = (base + "-konto").replaceAll("^-", "");
		}
		Set<String> taken = new HashSet<>(
				jdbc.sql("select username from account where cluster_id = ? and username like ? || '%'")
					.params(cluster, base)
					.query(String.class)
					.list());
		String candidate = base;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = base + n;
		}
		return candidate;
	}

	private List<Invitee> selected(UUID bodyId, Collection<UUID> chosen) {
		List<Invitee> members = ofBody(bodyId);
		if (chosen == null) {
			return members;
		}
		Set<UUID> wanted = new HashSet<>(chosen);
		return members.stream().filter(invitee -> wanted.contains(invitee.personId())).toList();
	}

	private static BulkInvitation result(UUID bodyId, List<Invitee> selected, boolean replayed) {
		Map<Action, List<Invitee>> by = selected.stream().collect(Collectors.groupingBy(Invitee::action));
		return new BulkInvitation(bodyId, by.getOrDefault(Action.INVITE, List.of()),
				by.getOrDefault(Action.RESEND, List.of()), by.getOrDefault(Action.SKIP, List.of()),
				by.getOrDefault(Action.NO_EMAIL, List.of()), replayed);
	}

	private BulkInvitation replay(UUID cluster, UUID bodyId, String key) {
		record Batch(Array invited, Array skipped, Array withoutEmail) {
		}
		Batch batch = jdbc
			.sql("""
					select invited, skipped, without_email from invitation_batch where cluster_id = ? and idempotency_key = ?""")
			.params(cluster, key)
			.query((rs, n) -> new Batch(rs.getArray(1), rs.getArray(2), rs.getArray(3)))
			.single();
		Map<UUID, Invitee> members = ofBody(bodyId).stream()
			.collect(Collectors.toMap(Invitee::personId, Function.identity(), (a, b) -> a));
		return new BulkInvitation(bodyId, pick(members, batch.invited()), List.of(), pick(members, batch.skipped()),
				pick(members, batch.withoutEmail()), true);
	}

	private static List<Invitee> pick(Map<UUID, Invitee> members, Array ids) {
		List<Invitee> picked = new ArrayList<>();
		try {
			for (Object id : (Object[]) ids.getArray()) {
				Invitee invitee = members.get((UUID) id);
				if (invitee != null) {
					picked.add(invitee);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return picked;
	}

	@SafeVarargs
	private static UUID[] ids(List<Invitee>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).map(Invitee::personId).toArray(UUID[]::new);
	}

	/**
	 * @return the new batch, or null when the key was used before
	 */
	private UUID newBatch(UUID cluster, String key, UUID bodyId) {
		return jdbc.sql("""
				insert into invitation_batch (cluster_id, idempotency_key, body_id) values (?, ?, ?)
				on conflict (cluster_id, idempotency_key) do nothing returning id""")
			.params(cluster, key, bodyId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private static void requireKey(String key) {
		if (key == null || key.isBlank() || key.length() > 100) {
			throw new RuleViolation(null, "invitation.rule.key");
		}
	}

	/**
	 * One invitation change of a cluster at a time, so two clicks cannot both create an
	 * account.
	 */
	private void lock(UUID cluster) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('invitations ' || ?))")
			.param(cluster.toString())
			.query(Object.class)
			.single();
	}

	private static Action action(Invitation invitation, String email) {
		if (invitation == null) {
			return email == null ? Action.NO_EMAIL : Action.INVITE;
		}
		return invitation.state().mayResend() ? Action.RESEND : Action.SKIP;
	}

	private static String usable(String email) {
		String trimmed = email == null ? null : email.strip();
		return trimmed != null && trimmed.length() <= 254 && trimmed.matches(EMAIL) ? trimmed : null;
	}

	private record Row(UUID id, String username, String email, UUID personId, boolean enabled, boolean hasPassword,
			OffsetDateTime issuedAt, OffsetDateTime expiresAt, OffsetDateTime usedAt, OffsetDateTime withdrawnAt,
			boolean expired) {
	}

	/** Every account of the cluster with its latest invitation link (if any). */
	private List<Invitation> invitations(UUID cluster) {
		Map<UUID, PeopleRegistry.Person> persons = people.stream()
			.flatMap(registry -> registry.people(cluster).stream())
			.collect(Collectors.toMap(PeopleRegistry.Person::id, Function.identity(), (a, b) -> a));
		return jdbc
			.sql("""
					select a.id, a.username, a.email, a.person_id, a.enabled, a.password_hash is not null as has_password,
					       t.issued_at, t.expires_at, t.used_at, t.withdrawn_at, coalesce(t.expires_at <= now(), false) as expired
					from account a
					left join lateral (select issued_at, expires_at, used_at, withdrawn_at from account_token
					                   where cluster_id = a.cluster_id and account_id = a.id and purpose = 'INVITATION'
					                   order by issued_at desc, expires_at desc limit 1) t on true
					where a.cluster_id = ?
					order by t.issued_at desc nulls last, a.username""")
			.param(cluster)
			.query(Row.class)
			.list()
			.stream()
			.map(row -> {
				PeopleRegistry.Person person = row.personId() == null ? null : persons.get(row.personId());
				InvitationState state = InvitationState.of(row.enabled(), row.hasPassword(), row.withdrawnAt() != null,
						row.issuedAt() != null, row.expired());
				return new Invitation(row.id(), row.username(), row.email(), row.personId(),
						person == null ? null : person.name(), person == null ? null : person.code(), state,
						row.issuedAt(), row.expiresAt(), row.usedAt(), row.withdrawnAt());
			})
			.toList();
	}

}
