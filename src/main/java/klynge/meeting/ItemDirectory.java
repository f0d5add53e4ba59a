package klynge.meeting;

import java.time.LocalDate;

import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Component;

/**
 * What meeting tells other modules about its items. Their SQL reads items and meetings
 * through the views meeting publishes ({@code meeting_item_v}, {@code meeting_v}; see
 * TableOwnershipTests); who may read an item's content they ask here, so the rule stays
 * in this module.
 */
@Component
public class ItemDirectory {

	private final MeetingAccess access;

	private final CurrentCluster cluster;

	ItemDirectory(MeetingAccess access, CurrentCluster cluster) {
		this.access = access;
		this.cluster = cluster;
	}

	/** Visibility for the current user, today in the cluster's zone; one per request. */
	public ItemVisibility visibility() {
		return new ItemVisibility(access, LocalDate.now(cluster.get().zone()));
	}

}
