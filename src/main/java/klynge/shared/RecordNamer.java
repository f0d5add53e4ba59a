package klynge.shared;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A module names the rows of its tables as people know them ("Partnermøtet 14.03.2023",
 * "03-23 Årsmelding", "Gunnar Yttri"), with a link to where they are seen, for pages that
 * speak of rows by table and id (the audit log). A port in the open module, so the audit
 * log needs no dependency on the modules it names.
 */
public interface RecordNamer {

	/** A row's name and the page that shows it (null when there is none). */
	record RecordName(String label, String href) {
	}

	/** The tables whose rows this namer knows. */
	Set<String> tables();

	/**
	 * The row's name in the current cluster, or empty when it is gone or not this
	 * cluster's.
	 */
	Optional<RecordName> name(String table, UUID rowId);

}
