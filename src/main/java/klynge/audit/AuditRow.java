package klynge.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import klynge.shared.RecordNamer;

/**
 * An entry as the log page shows it: time in the cluster's zone, and for updates the
 * fields that changed.
 */
record AuditRow(long id, String time, String actor, String table, String operation, String rowId,
		List<String> changedFields, List<AuditFields.Field> fields, String actorName, String what, String href) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	/** How many changed field names the list shows before "…". */
	static final int SHORT_LIST = 5;

	static AuditRow of(AuditEntry entry, ZoneId zone) {
		return of(entry, zone, entry.actor(), null);
	}

	/**
	 * @param actorName the person's name of the actor (else the username)
	 * @param record the changed row as people name it, or null
	 */
	static AuditRow of(AuditEntry entry, ZoneId zone, String actorName, RecordNamer.RecordName record) {
		List<String> changed = "UPDATE".equals(entry.operation())
				? AuditFields.changedNames(entry.before(), entry.after()) : List.of();
		return new AuditRow(entry.id(), TIME.format(entry.occurredAt().atZoneSameInstant(zone)), entry.actor(),
				entry.tableName(), entry.operation(), entry.rowId(), changed,
				AuditFields.of(entry.before(), entry.after()), actorName, record == null ? null : record.label(),
				record == null ? null : record.href());
	}

	/** "name, colour, …" for the list page. */
	public String changedSummary() {
		if (changedFields.size() <= SHORT_LIST) {
			return String.join(", ", changedFields);
		}
		return String.join(", ", changedFields.subList(0, SHORT_LIST)) + ", \u2026";
	}

	public boolean isUpdate() {
		return "UPDATE".equals(operation);
	}

	/** How many fields the write changed, the version counter included. */
	public long changedCount() {
		return fields.stream().filter(AuditFields.Field::changed).count();
	}
}
