package klynge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often something happened lately, per key, in bounded memory: at most
 * {@code maxKeys} keys (the least recently used is forgotten first) and a count expires
 * after its window. Keys made from what visitors type go through {@link #digest}, so a
 * huge username costs 22 characters. The instances of a cluster share theirs through
 * {@link SharedCounts}; this one serves the unit tests.
 */
final class RecentCounts implements Counts {

	/**
	 * When a count's window starts: at its first event (a quota per hour) or its last (a
	 * quiet period resets).
	 */
	enum Window {

		FROM_FIRST, FROM_LAST

	}

	record Count(int count, Instant first, Instant last) {
	}

	private final Map<String, Count> counts;

	private final Duration window;

	private final Window from;

	private final Clock clock;

	RecentCounts(int maxKeys, Duration window, Window from, Clock clock) {
		this.counts = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
				return size() > maxKeys;
			}
		};
		this.window = window;
		this.from = from;
		this.clock = clock;
	}

	@Override
	public synchronized Count get(String key) {
		Count count = counts.get(key);
		if (count != null && expired(count, clock.instant())) {
			counts.remove(key);
			return null;
		}
		return count;
	}

	@Override
	public synchronized Count add(String key) {
		Instant now = clock.instant();
		Count old = get(key);
		Count added = old == null ? new Count(1, now, now) : new Count(old.count() + 1, old.first(), now);
		counts.put(key, added);
		return added;
	}

	@Override
	public synchronized void remove(String key) {
		counts.remove(key);
	}

	@Override
	public synchronized void clear() {
		counts.clear();
	}

	@Override
	public synchronized int size() {
		return counts.size();
	}

	@Override
	public synchronized int longestKey() {
		return counts.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	@Override
	public Instant now() {
		return clock.instant();
	}

	private boolean expired(Count count, Instant now) {
		return (from == Window.FROM_FIRST ? count.first() : count.last()).plus(window).isBefore(now);
	}

	/**
	 * A fixed-length key for text a visitor chose (a username, an e-mail address):
	 * trimmed, case-insensitive.
	 */
	static String digest(String text) {
		String normal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
