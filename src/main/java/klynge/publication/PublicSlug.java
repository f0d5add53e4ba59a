package klynge.publication;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The part of a public address made from a name: "Styringsgruppen" → "styringsgruppen",
 * "Partnermøtet" → "partnermotet". Lower case ASCII letters and digits joined by single
 * hyphens, so the address reads the same in any browser and needs no escaping.
 */
public final class PublicSlug {

	private PublicSlug() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String folded = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
		String plain = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}
