/**
 * One search box over the cluster's content (issue 17): agenda items with their minutes,
 * decisions and referrals, cases, follow-ups, documents, people, organisations, funding
 * calls, projects and events, and what issue 16's modules publish (idea bank, strategy,
 * collaboration partners, user panel, office holders, published annual reports), with
 * PostgreSQL full-text search in Norwegian (stemming, unaccented and prefix matching),
 * ranked hits with highlighted snippets, filters, and a jump to an item by its case
 * number.
 * <p>
 * The index ({@code search_entry}) is derived from every module's
 * {@link klynge.shared.SearchSource} and rebuilt per cluster (at start, nightly, shortly
 * after a write, and on an administrator's request). Every hit is checked against the
 * reader's access with meeting's rule ({@code ItemVisibility}): members-only and exempt
 * content never reaches those who may not read it, and an exempt part is found by others
 * only by its public title. Person data: a person's name, title and current organisation
 * (as the people pages show them, to logged-in users only); no contact data is indexed.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "cluster", "security", "shared", "meeting", "body" })
package klynge.search;
