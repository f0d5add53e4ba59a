package klynge.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.security.ActorNames;
import klynge.shared.NotFoundException;
import klynge.shared.RecordNamer;
import klynge.shared.RecordNamer.RecordName;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Names the log speaks in (issue 14): the changed row as people know it, with a link,
 * through the modules' {@link RecordNamer}s; a row that is gone (or of a table no module
 * names) by a name-like field of the logged row; who did it by the person's name. The log
 * is for administrators only, who may read every title, exempt ones included.
 */
@Component
class AuditNames {

	/** Fields a logged row may name itself by, in order of preference. */
	private static final List<String> NAME_FIELDS = List.of("title", "name", "subject", "file_name", "username",
			"text");

	private final Map<String, RecordNamer> namers = new HashMap<>();

	private final ActorNames actors;

	AuditNames(List<RecordNamer> namers, ActorNames actors) {
		this.actors = actors;
		namers.forEach(namer -> namer.tables().forEach(table -> this.namers.put(table, namer)));
	}

	/** The row an entry wrote, named; the label is null when nothing names it. */
	RecordName record(AuditEntry entry) {
		RecordNamer namer = namers.get(entry.tableName());
		if (namer != null) {
			try {
				Optional<RecordName> found = namer.name(entry.tableName(), UUID.fromString(entry.rowId()));
				if (found.isPresent()) {
					return found.get();
				}
			}
			catch (NotFoundException | IllegalArgumentException gone) {
				// deleted since, or not a uuid: named from the logged row below
			}
		}
		return new RecordName(fromRow(entry.after() != null ? entry.after() : entry.before()), null);
	}

	/** Person names for the log's usernames (of one cluster). */
	Map<String, String> actors(UUID clusterId, Collection<String> usernames) {
		return actors.namesOf(clusterId, usernames);
	}

	private static String fromRow(String json) {
		JsonNode row = AuditFields.tree(json);
		if (row == null) {
			return null;
		}
		for (String field : NAME_FIELDS) {
			JsonNode value = row.get(field);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				String text = value.asString();
				return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
			}
		}
		return null;
	}

}
