package klynge.userpanel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.BodyType;

/**
 * Which body is the cluster's user panel. A cluster may have more than one body of type
 * user panel (a new one being set up, a working group typed so by mistake): the one with
 * periods is the panel, else the first in the registry's order.
 */
final class PanelBody {

	private PanelBody() {
	}

	static Optional<BodySummary> of(BodyDirectory bodies, UserPanelRepository repository, UUID clusterId) {
		List<BodySummary> panels = bodies.bodies(clusterId)
			.stream()
			.filter(b -> b.type() == BodyType.USER_PANEL)
			.sorted(Comparator.comparingInt(BodySummary::sortOrder).thenComparing(BodySummary::name))
			.toList();
		return panels.stream()
			.filter(b -> !repository.periods(clusterId, b.id()).isEmpty())
			.findFirst()
			.or(() -> panels.stream().findFirst());
	}

}
