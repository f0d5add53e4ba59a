package klynge.userpanel;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.shared.RecordNamer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Periods by name and assignments by their external body, for the audit log; a status
 * change is named by its assignment.
 */
@Component
class UserPanelRecordNames implements RecordNamer {

	private final UserPanelRepository repository;

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	UserPanelRecordNames(UserPanelRepository repository, JdbcClient jdbc, CurrentCluster cluster) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	@Override
	public Set<String> tables() {
		return Set.of("user_panel_period", "user_panel_assignment", "user_panel_assignment_status");
	}

	@Override
	public Optional<RecordName> name(String table, UUID rowId) {
		UUID clusterId = cluster.id();
		return switch (table) {
			case "user_panel_period" -> repository.period(clusterId, rowId)
				.map(p -> new RecordName(p.name(), "/brukerpanel/perioder/" + p.id()));
			case "user_panel_assignment" -> assignment(clusterId, rowId);
			case "user_panel_assignment_status" ->
				jdbc.sql("select assignment_id from user_panel_assignment_status where cluster_id = ? and id = ?")
					.params(clusterId, rowId)
					.query(UUID.class)
					.optional()
					.flatMap(id -> assignment(clusterId, id));
			default -> Optional.empty();
		};
	}

	private Optional<RecordName> assignment(UUID clusterId, UUID id) {
		return repository.assignment(clusterId, id)
			.map(a -> new RecordName(a.externalBody(), "/brukerpanel/oppdrag/" + a.id()));
	}

}
