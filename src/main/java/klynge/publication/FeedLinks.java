package klynge.publication;

import java.time.LocalDate;

/**
 * The public pages' paths the feeds and the sitemap point to (made absolute by
 * {@link CanonicalUrls}, never from the request's Host header: a feed or sitemap cached
 * on the way must not carry a host someone else typed). The approved minutes' public page
 * is made in ONE place, {@link #minutes}, so it can follow the public pages' address
 * scheme.
 */
final class FeedLinks {

	private FeedLinks() {
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
