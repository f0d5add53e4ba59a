package klynge.publication;

import java.time.LocalDate;

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

	/**
	 * The body's part of the address, as the public pages make it ({@link PublicSlug}).
	 */
	static String slug(String name) {
		String slug = PublicSlug.of(name);
		return slug.isEmpty() ? "organ" : slug;
	}

}
