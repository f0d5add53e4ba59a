package klynge.body;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.shared.RecordNamer;
import org.springframework.stereotype.Component;

/** Bodies by name, for the audit log. */
@Component
class BodyRecordNames implements RecordNamer {

	private final BodyDirectory directory;

	private final CurrentCluster cluster;

	BodyRecordNames(BodyDirectory directory, CurrentCluster cluster) {
		this.directory = directory;
		this.cluster = cluster;
	}

	@Override
	public Set<String> tables() {
		return Set.of("body");
	}

	@Override
	public Optional<RecordName> name(String table, UUID rowId) {
		return directory.body(cluster.id(), rowId).map(body -> new RecordName(body.name(), "/bodies/" + body.id()));
	}

}
