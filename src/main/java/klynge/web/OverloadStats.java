package klynge.web;

import org.springframework.stereotype.Component;

/**
 * How many requests the overload limit let in and refused, per second, over the last
 * {@value #SECONDS} seconds: what {@link OverloadHealth} judges readiness by.
 */
@Component
class OverloadStats {

	static final int SECONDS = 10;

	private final long[] second = new long[SECONDS];

	private final long[] admitted = new long[SECONDS];

	private final long[] refused = new long[SECONDS];

	record Window(long admitted, long refused) {
	}

	void admitted() {
		count(admitted);
	}

	void refused() {
		count(refused);
	}

	synchronized Window lastSeconds() {
		long now = now();
		long in = 0;
		long out = 0;
		for (int i = 0; i < SECONDS; i++) {
			if (now - second[i] < SECONDS) {
				in += admitted[i];
				out += refused[i];
			}
		}
		return new Window(in, out);
	}

	private synchronized void count(long[] counts) {
		long now = now();
		int slot = (int) Math.floorMod(now, (long) SECONDS);
		if (second[slot] != now) {
			second[slot] = now;
			admitted[slot] = 0;
			refused[slot] = 0;
		}
		counts[slot]++;
	}

	long now() {
		return System.nanoTime() / 1_000_000_000L;
	}

}
