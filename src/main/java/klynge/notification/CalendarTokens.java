package klynge.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret tokens of personal calendar feeds: 32 random bytes, base64url; only the SHA-256
 * is stored, so the feed address is shown once, when it is made. One live token per
 * account.
 */
@Service
class CalendarTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final NotificationQueries queries;

	private final MeetingCalendar calendar;

	CalendarTokens(JdbcClient jdbc, NotificationQueries queries, MeetingCalendar calendar) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.calendar = calendar;
	}

	/**
	 * Revokes the account's token, if any, and makes a new one. @return the token (shown
	 * once)
	 */
	@Transactional
	String issue(UUID clusterId, UUID accountId) {
		revoke(clusterId, accountId);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("insert into calendar_token (cluster_id, account_id, token_hash) values (?, ?, ?)")
			.params(clusterId, accountId, hash(token))
			.update();
		return token;
	}

	@Transactional
	void revoke(UUID clusterId, UUID accountId) {
		jdbc.sql(
				"update calendar_token set revoked_at = now() where cluster_id = ? and account_id = ? and revoked_at is null")
			.params(clusterId, accountId)
			.update();
	}

	/** When the account's live token was made, if it has one. */
	Optional<OffsetDateTime> activeSince(UUID clusterId, UUID accountId) {
		return jdbc.sql("""
				select created_at from calendar_token
				where cluster_id = ? and account_id = ? and revoked_at is null order by created_at desc limit 1""")
			.params(clusterId, accountId)
			.query(OffsetDateTime.class)
			.optional();
	}

	/** The feed of a token: 404 for an unknown or revoked token. */
	String feed(String token) {
		NotificationQueries.FeedOwner owner = queries.feedOwner(hash(token))
			.orElseThrow(() -> new NotFoundException("calendar", token.length()));
		return ClusterScope.call(owner.clusterId(), () -> {
			LocalDate from = LocalDate.now(ZoneId.of(IcsWriter.ZONE)).minusMonths(12);
			return calendar.feed(owner.clusterId(),
					queries.feedMeetings(owner.clusterId(), owner.personId(), owner.staff(), from));
		});
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
