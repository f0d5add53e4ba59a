package klynge.shared;

/**
 * A GET page whose HTML is a function of the database, the viewer (account and roles, or
 * anonymous), the language cookie, the host name and the time of day to the quarter hour,
 * and of nothing else (no in-memory state, no query parameters but those in its address).
 * The web shell answers such a page from its cache, and with 304 to a matching
 * {@code If-None-Match}, for as long as no transaction has committed in the database
 * ({@code klynge.web.PageCache}). Declared by the module that owns the page, as a bean.
 *
 * @param pattern the page's path pattern, as Spring MVC writes them
 * ({@code /meetings/{id}})
 */
public record SnapshotPage(String pattern) {
}
