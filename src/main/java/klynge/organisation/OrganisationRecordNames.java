package klynge.organisation;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.shared.RecordNamer;
import org.springframework.stereotype.Component;

/** People and organisations by name, for the audit log. */
@Component
class OrganisationRecordNames implements RecordNamer {

	private final OrganisationDirectory directory;

	private final CurrentCluster cluster;

	OrganisationRecordNames(OrganisationDirectory directory, CurrentCluster cluster) {
		this.directory = directory;
		this.cluster = cluster;
	}

	@Override
	public Set<String> tables() {
		return Set.of("person", "organisation");
	}

	@Override
	public Optional<RecordName> name(String table, UUID rowId) {
		if ("person".equals(table)) {
			return directory.person(cluster.id(), rowId)
				.map(person -> new RecordName(person.name(), "/people/" + person.id()));
		}
		return directory.organisation(cluster.id(), rowId)
			.map(organisation -> new RecordName(organisation.name(), "/organisations/" + organisation.id()));
	}

}
