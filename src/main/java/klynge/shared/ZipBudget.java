package klynge.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks into an Office file's ZIP before POI builds it: POI reads every part whole into
 * memory, so a small file whose XML inflates to gigabytes would take the heap. The parts
 * are inflated into nothing, counting, and the answer is "too large" as soon as a limit
 * is passed. Used for Word files (importing) and workbooks (spreadsheet).
 */
public final class ZipBudget {

	public enum Verdict {

		WITHIN, TOO_LARGE, UNREADABLE

	}

	private ZipBudget() {
	}

	/**
	 * @param perEntry the inflated size one part (by name) may have
	 */
	public static Verdict check(byte[] content, int maxEntries, long maxTotal, ToLongFunction<String> perEntry) {
		byte[] sink = new byte[64 * 1024];
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > maxEntries) {
					return Verdict.TOO_LARGE;
				}
				long limit = perEntry.applyAsLong(entry.getName());
				long size = 0;
				for (int read; (read = zip.read(sink)) > 0;) {
					size += read;
					total += read;
					if (size > limit || total > maxTotal) {
						return Verdict.TOO_LARGE;
					}
				}
			}
			return Verdict.WITHIN;
		}
		catch (IOException | IllegalArgumentException ex) {
			return Verdict.UNREADABLE;
		}
	}

}
