package klynge.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Access;
import klynge.meeting.ItemDirectory;
import klynge.meeting.ItemVisibility;
import klynge.meeting.MeetingAccess;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases (saksgang): every item that dealt with one matter, across bodies and years, each
 * with its own number, read as one timeline. Items the viewer may not see are left out of
 * it.
 */
@Service
public class CaseFiles {

	private final CaseRepository cases;

	private final BodyDirectory bodies;

	private final MeetingAccess access;

	private final ItemDirectory items;

	private final CurrentCluster cluster;

	CaseFiles(CaseRepository cases, BodyDirectory bodies, MeetingAccess access, ItemDirectory items,
			CurrentCluster cluster) {
		this.cases = cases;
		this.bodies = bodies;
		this.access = access;
		this.items = items;
		this.cluster = cluster;
	}

	public record TimelineEntry(ItemRef item, String bodyName) {
	}

	public record Timeline(UUID id, String title, List<TimelineEntry> entries) {
	}

	/**
	 * A case as a viewer reads it: {@code title} is its public title (or null) for one
	 * who may not read the title.
	 */
	public record CaseRef(UUID id, String title) {
	}

	public List<CaseRepository.CaseSummary> list() {
		return cases.list(cluster.id());
	}

	/** The case's items in date order, each with the body's name on the meeting day. */
	public Timeline timeline(UUID caseId) {
		UUID clusterId = cluster.id();
		CaseRepository.CaseRow row = cases.find(clusterId, caseId)
			.orElseThrow(() -> new NotFoundException("case", caseId));
		List<ItemRef> all = cases.itemsOfCase(clusterId, caseId);
		ItemVisibility viewers = items.visibility();
		List<TimelineEntry> entries = all.stream()
			.filter(item -> visible(item, viewers))
			.map(item -> new TimelineEntry(item, bodies.nameOn(clusterId, item.bodyId(), item.meetingDate())))
			.toList();
		if (entries.isEmpty() && !all.isEmpty()) {
			throw new NotFoundException("case", caseId);
		}
		return new Timeline(row.id(), titleFor(row, viewers), entries);
	}

	/**
	 * Cases with at least one item the viewer may see, each titled as the viewer may read
	 * it.
	 */
	public List<CaseRepository.CaseSummary> visibleCases() {
		UUID clusterId = cluster.id();
		Map<UUID, CaseRepository.CaseRow> rows = new HashMap<>();
		cases.all(clusterId).forEach(row -> rows.put(row.id(), row));
		ItemVisibility viewers = items.visibility();
		return list().stream().filter(summary -> {
			try {
				timeline(summary.id());
				return true;
			}
			catch (NotFoundException hidden) {
				return false;
			}
		})
			.map(summary -> new CaseRepository.CaseSummary(summary.id(), titleFor(rows.get(summary.id()), viewers),
					summary.items(), summary.firstDate(), summary.lastDate()))
			.toList();
	}

	/**
	 * The cases of many items (a meeting page), in one query; items in no case are left
	 * out.
	 */
	public Map<UUID, CaseRef> casesOf(Collection<UUID> itemIds) {
		Map<UUID, CaseRef> refs = new HashMap<>();
		ItemVisibility viewers = items.visibility();
		cases.casesOfItems(cluster.id(), itemIds)
			.forEach((item, row) -> refs.put(item, new CaseRef(row.id(), titleFor(row, viewers))));
		return refs;
	}

	public Optional<CaseRef> caseOf(UUID itemId) {
		UUID clusterId = cluster.id();
		return cases.caseOfItem(clusterId, itemId)
			.flatMap(id -> cases.find(clusterId, id))
			.map(row -> new CaseRef(row.id(), titleFor(row, items.visibility())));
	}

	/**
	 * The case's title as the viewer may read it: the title carries the access of the
	 * item it came from, so one who may not see that item reads the public title (null if
	 * there is none). If the item is gone, only staff read a restricted title.
	 */
	String titleFor(CaseRepository.CaseRow row, ItemVisibility viewers) {
		if (row.exemption().accessOn(viewers.today()) == Access.PUBLIC) {
			return row.title();
		}
		Optional<ItemRef> source = row.sourceItemId() == null ? Optional.empty()
				: cases.item(cluster.id(), row.sourceItemId());
		boolean readable = source.map(item -> viewers.maySee(item.bodyId(), item.meetingDate(), row.exemption()))
			.orElseGet(access::isStaff);
		return readable ? row.title() : row.publicTitle();
	}

	/** Starts a case from an item; the title defaults to the item's. */
	@Transactional
	public UUID createFromItem(UUID itemId, String title) {
		UUID clusterId = cluster.id();
		ItemRef item = item(itemId);
		if (cases.caseOfItem(clusterId, itemId).isPresent()) {
			throw new RuleViolation("itemId", "case.item.alreadyInCase");
		}
		UUID caseId = cases.insertCase(clusterId, title == null || title.isBlank() ? item.title() : title.trim(), item);
		cases.addItem(clusterId, caseId, itemId);
		return caseId;
	}

	@Transactional
	public void addItem(UUID caseId, UUID itemId) {
		UUID clusterId = cluster.id();
		cases.find(clusterId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
		item(itemId);
		Optional<UUID> current = cases.caseOfItem(clusterId, itemId);
		if (current.isPresent()) {
			if (current.get().equals(caseId)) {
				return;
			}
			throw new RuleViolation("itemId", "case.item.alreadyInCase");
		}
		cases.addItem(clusterId, caseId, itemId);
	}

	/**
	 * Puts two items in one case: the one either has, merged if both have one, or a new
	 * one titled (and restricted) like the first.
	 */
	UUID join(UUID clusterId, UUID first, UUID second) {
		Optional<UUID> a = cases.caseOfItem(clusterId, first);
		Optional<UUID> b = cases.caseOfItem(clusterId, second);
		if (a.isPresent() && b.isPresent()) {
			if (!a.get().equals(b.get())) {
				cases.merge(clusterId, b.get(), a.get());
			}
			return a.get();
		}
		if (a.isPresent()) {
			cases.addItem(clusterId, a.get(), second);
			return a.get();
		}
		if (b.isPresent()) {
			cases.addItem(clusterId, b.get(), first);
			return b.get();
		}
		ItemRef source = cases.item(clusterId, first).orElseThrow(() -> new NotFoundException("item", first));
		UUID caseId = cases.insertCase(clusterId, source.title(), source);
		cases.addItem(clusterId, caseId, first);
		cases.addItem(clusterId, caseId, second);
		return caseId;
	}

	ItemRef item(UUID itemId) {
		return cases.item(cluster.id(), itemId).orElseThrow(() -> new NotFoundException("item", itemId));
	}

	boolean visible(ItemRef item, ItemVisibility viewers) {
		return viewers.maySee(item.bodyId(), item.meetingDate(), item.exemption());
	}

	/** Visibility of items for the current user (meeting's rule), for one request. */
	ItemVisibility visibility() {
		return items.visibility();
	}

}
