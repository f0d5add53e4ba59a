package klynge.publication;

/**
 * What the head of a public page says of it to search engines and link previews:
 * {@code <title>}, meta description, {@code <link rel="canonical">} and Open Graph tags
 * (fragment {@code publication/head :: tags}).
 *
 * @param title the page's title, also og:title
 * @param description one sentence, also og:description
 * @param url the page's absolute address, canonical and og:url
 * @param type og:type ("website", or "article" for a meeting's minutes)
 * @param siteName the cluster's name, og:site_name
 * @param locale og:locale ("nb_NO", "nn_NO", "en_GB")
 */
public record PublicHead(String title, String description, String url, String type, String siteName, String locale) {
}
