package klynge.importing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported_document table: which files (by SHA-256) a cluster has imported. */
@Repository
class ImportedDocuments {

	private final JdbcClient jdbc;

	ImportedDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> meetingOf(UUID clusterId, String sha256) {
		return jdbc.sql("select meeting_id from imported_document where cluster_id = ? and sha256 = ?")
			.params(clusterId, sha256)
			.query(UUID.class)
			.optional();
	}

	boolean exists(UUID clusterId, String sha256) {
		return jdbc.sql("select count(*) from imported_document where cluster_id = ? and sha256 = ?")
			.params(clusterId, sha256)
			.query(Integer.class)
			.single() > 0;
	}

	/** False when the file was imported meanwhile (another request won). */
	boolean insert(UUID clusterId, String sha256, String fileName, UUID meetingId) {
		return jdbc.sql("""
				insert into imported_document (cluster_id, sha256, file_name, meeting_id) values (?, ?, ?, ?)
				on conflict (cluster_id, sha256) do nothing""")
			.params(clusterId, sha256, fileName.length() > 300 ? fileName.substring(0, 300) : fileName, meetingId)
			.update() == 1;
	}

}
