package klynge.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Viewer;
import klynge.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The kept versions of minutes, each shown with only what the viewer may see, and two
 * side by side.
 */
@Service
public class MinutesVersions {

	private final MinutesRepository repository;

	private final MinutesService reading;

	private final Agenda agenda;

	private final CurrentCluster cluster;

	MinutesVersions(MinutesRepository repository, MinutesService reading, Agenda agenda, CurrentCluster cluster) {
		this.repository = repository;
		this.reading = reading;
		this.agenda = agenda;
		this.cluster = cluster;
	}

	public List<MinutesVersion> versions(UUID minutesId) {
		Minutes minutes = reading.visibleMinutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		Map<UUID, AgendaItem> items = itemsById(minutes);
		return repository.versions(cluster.id(), minutes.id())
			.stream()
			.map(row -> new MinutesVersion(row.number(), row.kind(), reasonFor(row, viewer, items), row.createdAt(),
					viewer.staff() ? row.createdBy() : null, List.of()))
			.toList();
	}

	/**
	 * An amendment's reason follows the access of the item it changed (staff only if that
	 * is not known); usernames are for staff only.
	 */
	private String reasonFor(MinutesRepository.VersionRow row, Viewer viewer, Map<UUID, AgendaItem> items) {
		if (row.reason() == null || viewer.staff()) {
			return row.reason();
		}
		AgendaItem item = row.itemId() == null ? null : items.get(row.itemId());
		return item != null && viewer.maySee(item.exemption(), reading.today()) ? row.reason() : null;
	}

	private Map<UUID, AgendaItem> itemsById(Minutes minutes) {
		return agenda.items(minutes.meetingId())
			.stream()
			.collect(Collectors.toMap(AgendaItem::id, Function.identity()));
	}

	/** One kept version, with only the items this viewer may see. */
	public MinutesVersion version(UUID minutesId, int number) {
		Minutes minutes = reading.visibleMinutes(minutesId);
		UUID clusterId = cluster.id();
		var row = repository.version(clusterId, minutesId, number)
			.orElseThrow(() -> new NotFoundException("minutes-version", number));
		Viewer viewer = reading.viewerOf(minutes);
		Map<UUID, AgendaItem> items = itemsById(minutes);
		LocalDate today = reading.today();
		List<SnapshotItem> visible = repository.versionItems(clusterId, minutesId, number)
			.stream()
			.filter(item -> items.containsKey(item.itemId())
					? viewer.maySee(items.get(item.itemId()).exemption(), today) : viewer.staff())
			.toList();
		return new MinutesVersion(row.number(), row.kind(), reasonFor(row, viewer, items), row.createdAt(),
				viewer.staff() ? row.createdBy() : null, visible);
	}

	public VersionComparison compare(UUID minutesId, int a, int b) {
		return VersionComparison.of(version(minutesId, a), version(minutesId, b));
	}

}
