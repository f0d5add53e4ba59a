package klynge.publication;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public addresses the feeds and the sitemap point to, absolute on the host the
 * reader asked (the host names the cluster). The approved minutes' public page is made in
 * ONE place, {@link #minutes}, so it can follow the public pages' address scheme.
 */
final class FeedLinks {

	private FeedLinks() {
	}

	/** Scheme, host and port of the current request, without a trailing slash. */
	static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
	}

	static String absolute(String path) {
		return base() + path;
	}

	/** The public page of a body's approved minutes: {@code /offentlig/{body}/{date}}. */
	static String minutes(String bodyName, LocalDate meetingDate) {
		return "/offentlig/" + slug(bodyName) + "/" + meetingDate;
	}

	/** "Styringsgruppen for Vest" → "styringsgruppen-for-vest"; æ ø å as ae o a. */
	static String slug(String name) {
		String lower = (name == null ? "" : name).toLowerCase(Locale.ROOT)
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("å", "a");
		String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "organ" : slug;
	}

}
