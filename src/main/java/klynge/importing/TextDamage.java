package klynge.importing;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Damaged text comes in as well as it can, with a warning for each kind of damage: UTF-8
 * read as Latin-1 ("Ã¸" for "ø") is repaired, because that is safe; stray control
 * characters are dropped; a broken character (U+FFFD) becomes "?"; a "?" inside a word
 * (æ, ø or å lost in transcription) is only warned about, the right letter cannot be
 * known. Binary data is left as it is, for the parser to refuse.
 */
final class TextDamage {

	/** The text to parse and what was done to it. */
	record Repaired(String text, List<ImportWarning> warnings) {
	}

	/** cp1252 character → its byte, for the second byte of a two-byte UTF-8 sequence. */
	private static final char[] CONTINUATION = new String(continuationBytes(), Charset.forName("windows-1252"))
		.toCharArray();

	private TextDamage() {
	}

	static Repaired repair(String text) {
		return repair(text, new ArrayList<>());
	}

	/** {@code warnings} may already hold the decoder's. */
	static Repaired repair(String text, List<ImportWarning> warnings) {
		if (binary(text)) {
			return new Repaired(text, List.copyOf(warnings));
		}
		StringBuilder out = null;
		int line = 1;
		int repaired = 0;
		int repairedLine = 0;
		int controls = 0;
		int controlLine = 0;
		int broken = 0;
		int brokenLine = 0;
		int lost = 0;
		int lostLine = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			char replacement = c;
			boolean skip = false;
			if (c == '\n') {
				line++;
			}
			else if ((c == 'Ã' || c == 'Â') && i + 1 < length && continuation(text.charAt(i + 1)) >= 0) {
				int second = continuation(text.charAt(i + 1));
				replacement = (char) (((c == 'Ã' ? 0xC3 : 0xC2) & 0x1F) << 6 | (second & 0x3F));
				repaired++;
				repairedLine = repairedLine == 0 ? line : repairedLine;
				if (out == null) {
					out = new StringBuilder(length).append(text, 0, i);
				}
				out.append(replacement);
				i++;
				continue;
			}
			else if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
				controls++;
				controlLine = controlLine == 0 ? line : controlLine;
				skip = true;
			}
			else if (c == '\uFFFD') {
				broken++;
				brokenLine = brokenLine == 0 ? line : brokenLine;
				replacement = '?';
			}
			else if (c == '?' && i > 0 && i + 1 < length && Character.isLetter(text.charAt(i - 1))
					&& Character.isLetter(text.charAt(i + 1))) {
				lost++;
				lostLine = lostLine == 0 ? line : lostLine;
			}
			if (out == null && (skip || replacement != c)) {
				out = new StringBuilder(length).append(text, 0, i);
			}
			if (out != null && !skip) {
				out.append(replacement);
			}
		}
		add(warnings, "importing.warning.repaired", repaired, repairedLine);
		add(warnings, "importing.warning.control", controls, controlLine);
		add(warnings, "importing.warning.broken", broken, brokenLine);
		add(warnings, "importing.warning.lostLetters", lost, lostLine);
		return new Repaired(out == null ? text : out.toString(), List.copyOf(warnings));
	}

	private static void add(List<ImportWarning> warnings, String key, int count, int line) {
		if (count > 0) {
			warnings.add(new ImportWarning(key, line, count));
		}
	}

	/** The byte 0x80–0xBF a cp1252 character stands for, or -1. */
	private static int continuation(char c) {
		if (c >= 0xA0 && c <= 0xBF) {
			return c; // Latin-1 and cp1252 agree here
		}
		if (c < 0x80) {
			return -1;
		}
		for (int b = 0; b < 0x20; b++) {
			if (CONTINUATION[b] == c && c != '\uFFFD') {
				return 0x80 + b;
			}
		}
		return -1;
	}

	private static byte[] continuationBytes() {
		byte[] bytes = new byte[0x20];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (0x80 + i);
		}
		return bytes;
	}

	/**
	 * NUL, or control characters in more than one place in ten: not text; the parser
	 * refuses it as before, with its own message.
	 */
	private static boolean binary(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				controls++;
			}
		}
		return controls > 8 + text.length() / 10;
	}

}
