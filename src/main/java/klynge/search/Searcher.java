package klynge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Access;
import klynge.meeting.Exemption;
import klynge.meeting.ItemDirectory;
import klynge.meeting.ItemVisibility;
import klynge.search.SearchRepository.Candidate;
import klynge.search.SearchRepository.Filters;
import klynge.search.SearchRepository.Reader;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Searches the current cluster for the current reader. Every candidate part is checked
 * with meeting's rule ({@link ItemVisibility}, the same as the meeting page): a part the
 * reader may not read is left out, or shown by its public title only where the item is
 * exempt and has one (matched on that title alone). Parts of one page add up to its rank.
 */
@Component
public class Searcher {

	/** How a reader sees a part. */
	enum Seen {

		FULL, PUBLIC_TITLE, NOT_AT_ALL

	}

	private final SearchRepository repository;

	private final ItemDirectory items;

	private final CurrentUser currentUser;

	private final CurrentCluster cluster;

	private final BodyDirectory bodies;

	Searcher(SearchRepository repository, ItemDirectory items, CurrentUser currentUser, CurrentCluster cluster,
			BodyDirectory bodies) {
		this.repository = repository;
		this.items = items;
		this.currentUser = currentUser;
		this.cluster = cluster;
		this.bodies = bodies;
	}

	public SearchResults search(String text, Filters filters, int page) {
		SearchQuery query = SearchQuery.of(text);
		if (query.isBlank()) {
			return SearchResults.empty("");
		}
		UUID clusterId = cluster.id();
		ItemVisibility visibility = items.visibility();
		LoggedIn user = currentUser.get().orElse(null);
		boolean clusterUser = user != null && Arrays.stream(Roles.ANY).anyMatch(user::hasRole);
		Reader reader = new Reader(user != null && user.isStaff(), clusterUser, user == null ? null : user.personId(),
				visibility.today());
		if (query.caseNumber().isPresent()) {
			return byCaseNumber(clusterId, query, visibility, reader);
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Candidate candidate : repository.candidates(clusterId, query, reader, filters)) {
			Seen seen = seen(candidate, visibility, reader);
			if (seen == Seen.FULL && (candidate.fullMatch() || candidate.publicMatch())) {
				groups.computeIfAbsent(candidate.url(), url -> new Group()).add(candidate, false);
			}
			else if (seen == Seen.PUBLIC_TITLE && candidate.publicMatch()) {
				groups.computeIfAbsent(candidate.url(), url -> new Group()).add(candidate, true);
			}
		}
		List<Group> ranked = new ArrayList<>(groups.values());
		ranked.sort((a, b) -> Double.compare(b.rank, a.rank));
		int pages = (ranked.size() + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE;
		int current = Math.max(1, Math.min(page, Math.max(pages, 1)));
		List<Group> shown = ranked.stream()
			.skip((long) (current - 1) * SearchResults.PAGE_SIZE)
			.limit(SearchResults.PAGE_SIZE)
			.toList();
		Map<UUID, String[]> headlines = repository.headlines(clusterId, query,
				shown.stream().filter(g -> !g.publicTitleOnly).map(g -> g.best.id()).toList());
		Map<UUID, String> names = bodyNames(clusterId);
		List<Hit> hits = shown.stream().map(g -> hit(names, g, headlines.get(g.best.id()))).toList();
		return new SearchResults(query.text(), hits, ranked.size(), current, pages, null);
	}

	private SearchResults byCaseNumber(UUID clusterId, SearchQuery query, ItemVisibility visibility, Reader reader) {
		List<Hit> hits = new ArrayList<>();
		for (Candidate candidate : repository.byCaseNumber(clusterId, query.caseNumber().get().sequence(),
				query.caseNumber().get().year())) {
			Seen seen = seen(candidate, visibility, reader);
			if (seen != Seen.NOT_AT_ALL) {
				Group group = new Group();
				group.add(candidate, seen == Seen.PUBLIC_TITLE);
				hits.add(hit(bodyNames(clusterId), group, null));
			}
		}
		return new SearchResults(query.text(), hits, hits.size(), 1, hits.isEmpty() ? 0 : 1,
				hits.size() == 1 ? hits.get(0).url() : null);
	}

	/**
	 * The reader's sight of a part: meeting's rule for items, the entry's reach for the
	 * rest.
	 */
	static Seen seen(Candidate candidate, ItemVisibility visibility, Reader reader) {
		return switch (candidate.reach()) {
			case PUBLIC -> Seen.FULL;
			case SIGNED_IN -> reader.signedIn() ? Seen.FULL : Seen.NOT_AT_ALL;
			case STAFF -> reader.staff() ? Seen.FULL : Seen.NOT_AT_ALL;
			case MEMBERS, EXEMPT -> {
				Exemption exemption = new Exemption(Access.valueOf(candidate.reach().name()),
						candidate.exemptionBasis(), candidate.publicTitle(), candidate.exemptionEnds());
				if (visibility.maySee(candidate.bodyId(), candidate.meetingDate(), exemption)) {
					yield Seen.FULL;
				}
				boolean placeholder = visibility.viewerOf(candidate.bodyId(), candidate.meetingDate())
					.seesPlaceholder(exemption, visibility.today());
				yield placeholder && candidate.publicTitle() != null && !candidate.publicTitle().isBlank()
						? Seen.PUBLIC_TITLE : Seen.NOT_AT_ALL;
			}
		};
	}

	private Hit hit(Map<UUID, String> bodyNames, Group group, String[] headline) {
		Candidate best = group.best;
		String caseNumber = best.caseSeq() == null ? null
				: "%02d-%02d".formatted(best.caseSeq(), best.caseYear() % 100);
		String bodyName = best.bodyId() == null ? null : bodyNames.get(best.bodyId());
		if (group.publicTitleOnly) {
			String title = best.publicTitle();
			return new Hit(best.kind(), best.refId(), best.url(), title, Snippets.html(title), "", caseNumber,
					best.bodyId(), bodyName, best.meetingDate(), best.year(), best.status(), true, group.rank);
		}
		String markedTitle = headline == null ? best.title() : headline[0];
		String snippet = headline == null ? "" : Snippets.html(headline[1]);
		return new Hit(best.kind(), best.refId(), best.url(), Snippets.plain(markedTitle), Snippets.html(markedTitle),
				snippet, caseNumber, best.bodyId(), bodyName, best.meetingDate(), best.year(), best.status(), false,
				group.rank);
	}

	/** The bodies' names as they are now, read once per search. */
	private Map<UUID, String> bodyNames(UUID clusterId) {
		Map<UUID, String> names = new HashMap<>();
		bodies.bodies(clusterId).forEach(body -> names.put(body.id(), body.name()));
		return names;
	}

	/**
	 * The parts of one page the reader may see: the best decides title and snippet, the
	 * ranks add up. A page seen in full is not shown by its public title as well.
	 */
	private static final class Group {

		Candidate best;

		double rank;

		boolean publicTitleOnly = true;

		void add(Candidate candidate, boolean byPublicTitle) {
			if (byPublicTitle) {
				if (best == null) {
					best = candidate;
					rank = candidate.rank();
				}
				return;
			}
			if (publicTitleOnly) {
				best = candidate;
				rank = 0;
				publicTitleOnly = false;
			}
			rank += candidate.rank();
		}

	}

}
