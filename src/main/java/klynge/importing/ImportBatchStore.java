package klynge.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_batch table: each preview's uploaded files (a stored ZIP), per cluster, with
 * its size and expiry. Every query names the cluster, so one cluster never reads, counts
 * or deletes another's.
 */
@Repository
class ImportBatchStore {

	/** A cluster's preview as listed for eviction: oldest first. */
	record Stored(UUID id, long size) {
	}

	private final JdbcClient jdbc;

	ImportBatchStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID clusterId, UUID id, String createdBy, Duration lifetime, long size, Map<String, byte[]> files) {
		jdbc.sql("""
				insert into import_batch (cluster_id, id, created_by, expires_at, size, payload)
				values (?, ?, ?, now() + make_interval(secs => ?), ?, ?)""")
			.params(clusterId, id, createdBy, lifetime.toSeconds(), size, zip(files))
			.update();
	}

	boolean exists(UUID clusterId, UUID id) {
		return jdbc.sql("select count(*) from import_batch where cluster_id = ? and id = ? and expires_at > now()")
			.params(clusterId, id)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Map<String, byte[]>> files(UUID clusterId, UUID id) {
		return jdbc.sql("select payload from import_batch where cluster_id = ? and id = ? and expires_at > now()")
			.params(clusterId, id)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.map(ImportBatchStore::unzip);
	}

	/** The cluster's live previews, oldest first. */
	List<Stored> ofCluster(UUID clusterId) {
		return jdbc.sql(
				"select id, size from import_batch where cluster_id = ? and expires_at > now() order by created_at, id")
			.param(clusterId)
			.query(Stored.class)
			.list();
	}

	void delete(UUID clusterId, UUID id) {
		jdbc.sql("delete from import_batch where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	/** Expired previews of every cluster: nobody may see them any more. */
	List<UUID> deleteExpired() {
		return jdbc.sql("delete from import_batch where expires_at <= now() returning id").query(UUID.class).list();
	}

	private static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(1);
			int i = 0;
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				// numbered, so names that repeat or hold '/' come back as they were
				zip.putNextEntry(new ZipEntry((i++) + "/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Map<String, byte[]> unzip(byte[] payload) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(payload))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				files.put(entry.getName().substring(entry.getName().indexOf('/') + 1), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
