package klynge.web;

import java.util.Locale;

/**
 * WCAG 2.1 contrast for the cluster's colours, which an administrator picks freely: the
 * primary colour carries white text (header, buttons) and is the link colour on white,
 * the secondary colour lies under dark text (table heads, tinted surfaces). A colour that
 * falls short is darkened or lightened just enough, keeping its hue.
 */
final class Contrast {

	/** AA for normal text. */
	static final double AA = 4.5;

	/** The lighter of the dark text colours drawn on the secondary colour. */
	private static final String DARK_TEXT = "#292c30";

	private Contrast() {
	}

	/** {@code hex} (#rrggbb), darkened until white on it (and it on white) reaches AA. */
	static String onWhite(String hex) {
		int[] rgb = rgb(hex);
		for (int step = 0; step <= 100; step++) {
			int[] mixed = mix(rgb, new int[] { 0, 0, 0 }, step / 100.0);
			if (ratio(mixed, new int[] { 255, 255, 255 }) >= AA) {
				return hex(mixed);
			}
		}
		return "#000000";
	}

	/** {@code hex} (#rrggbb), lightened until dark text on it reaches AA. */
	static String underDarkText(String hex) {
		int[] rgb = rgb(hex);
		int[] text = rgb(DARK_TEXT);
		for (int step = 0; step <= 100; step++) {
			int[] mixed = mix(rgb, new int[] { 255, 255, 255 }, step / 100.0);
			if (ratio(mixed, text) >= AA) {
				return hex(mixed);
			}
		}
		return "#ffffff";
	}

	static double ratio(String a, String b) {
		return ratio(rgb(a), rgb(b));
	}

	private static double ratio(int[] a, int[] b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(int[] rgb) {
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double s = rgb[i] / 255.0;
			c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

	private static int[] mix(int[] from, int[] to, double share) {
		int[] out = new int[3];
		for (int i = 0; i < 3; i++) {
			out[i] = (int) Math.round(from[i] + (to[i] - from[i]) * share);
		}
		return out;
	}

	private static int[] rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new int[] { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff };
	}

	private static String hex(int[] rgb) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
	}

}
