package klynge.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import klynge.cluster.ClusterScope;
import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files waiting for confirmation, and the progress of their import. The uploads
 * are kept per cluster in the database (import_batch) for a day at most, within a size
 * budget per cluster: a cluster that uploads more loses its own oldest previews, never
 * another cluster's, and is told when even that is not enough. The parsed previews are
 * only a cache of a few batches in memory (a preview of a large file takes tens of
 * megabytes); a batch dropped from it is read again from its stored files. A ZIP is
 * opened into its files, with limits on count and size.
 */
@Component
class ImportBatches {

	static final int MAX_FILES = 200;

	static final long MAX_TOTAL = 50L * 1024 * 1024;

	/** Uploaded bytes a cluster's waiting previews may hold together. */
	static final long CLUSTER_BUDGET = 50L * 1024 * 1024;

	/** Waiting previews per cluster. */
	static final int KEEP = 20;

	/** How long a preview waits for confirmation. */
	static final Duration LIFETIME = Duration.ofHours(24);

	/**
	 * Parsed batches kept in memory, of all clusters together (a cache: the database has
	 * the files).
	 */
	private static final int CACHED = 8;

	private static final long CACHED_BYTES = 40L * 1024 * 1024;

	/** One file's outcome: "imported", "already", or the error. */
	record FileResult(String fileName, String outcome, UUID meetingId, ImportException error) {
	}

	static final class Batch {

		final UUID id;

		final UUID clusterId;

		final long size;

		final List<ImportService.FilePreview> files;

		final List<FileResult> results = Collections.synchronizedList(new ArrayList<>());

		volatile boolean started;

		volatile boolean done;

		Batch(UUID id, UUID clusterId, long size, List<ImportService.FilePreview> files) {
			this.id = id;
			this.clusterId = clusterId;
			this.size = size;
			this.files = files;
		}

		public UUID getId() {
			return id;
		}

		public List<ImportService.FilePreview> getFiles() {
			return files;
		}

		public List<FileResult> getResults() {
			return List.copyOf(results);
		}

		public int getTotal() {
			return files.size();
		}

		public int getProcessed() {
			return results.size();
		}

		public boolean isDone() {
			return done;
		}

		public boolean isStarted() {
			return started;
		}

		boolean running() {
			return started && !done;
		}

	}

	/** Least recently used first; running imports are never dropped. */
	private final Map<UUID, Batch> cache = new LinkedHashMap<>(16, 0.75f, true);

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final ImportService service;

	private final ImportBatchStore store;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	ImportBatches(ImportService service, ImportBatchStore store, CurrentCluster cluster, CurrentUser currentUser) {
		this.service = service;
		this.store = store;
		this.cluster = cluster;
		this.currentUser = currentUser;
	}

	/**
	 * Reads the files into a preview and keeps it for the cluster; ImportException when
	 * over the budget.
	 */
	Batch create(Map<String, byte[]> files) {
		UUID clusterId = cluster.id();
		long size = files.values().stream().mapToLong(content -> content.length).sum();
		if (size > CLUSTER_BUDGET) {
			throw overBudget();
		}
		forgetExpired();
		makeRoom(clusterId, size);
		Batch batch = new Batch(UUID.randomUUID(), clusterId, size, preview(files));
		store.insert(clusterId, batch.id, username(), LIFETIME, size, files);
		cache(batch);
		return batch;
	}

	Batch get(UUID id) {
		UUID clusterId = cluster.id();
		if (!store.exists(clusterId, id)) {
			synchronized (cache) {
				Batch gone = cache.get(id);
				if (gone != null && gone.clusterId.equals(clusterId) && !gone.running()) {
					cache.remove(id);
				}
			}
			throw new NotFoundException("import", id);
		}
		synchronized (cache) {
			Batch cached = cache.get(id);
			if (cached != null && cached.clusterId.equals(clusterId)) {
				return cached;
			}
		}
		Map<String, byte[]> files = store.files(clusterId, id).orElseThrow(() -> new NotFoundException("import", id));
		Batch batch = new Batch(id, clusterId, files.values().stream().mapToLong(content -> content.length).sum(),
				preview(files));
		cache(batch);
		return batch;
	}

	private List<ImportService.FilePreview> preview(Map<String, byte[]> files) {
		List<ImportService.FilePreview> previews = new ArrayList<>();
		files.forEach((name, content) -> previews.add(service.preview(name, content)));
		return previews;
	}

	/**
	 * Drops the cluster's own oldest previews (not those being imported) until the new
	 * one fits.
	 */
	private void makeRoom(UUID clusterId, long size) {
		synchronized (cache) {
			List<ImportBatchStore.Stored> stored = store.ofCluster(clusterId);
			long used = stored.stream().mapToLong(ImportBatchStore.Stored::size).sum();
			int count = stored.size();
			for (ImportBatchStore.Stored old : stored) {
				if (used + size <= CLUSTER_BUDGET && count < KEEP) {
					break;
				}
				Batch cached = cache.get(old.id());
				if (cached != null && cached.running()) {
					continue;
				}
				store.delete(clusterId, old.id());
				cache.remove(old.id());
				used -= old.size();
				count--;
			}
			if (used + size > CLUSTER_BUDGET || count >= KEEP) {
				throw overBudget();
			}
		}
	}

	private void forgetExpired() {
		List<UUID> expired = store.deleteExpired();
		synchronized (cache) {
			expired.forEach(id -> {
				Batch cached = cache.get(id);
				if (cached != null && !cached.running()) {
					cache.remove(id);
				}
			});
		}
	}

	private void cache(Batch batch) {
		synchronized (cache) {
			cache.put(batch.id, batch);
			long bytes = cache.values().stream().mapToLong(b -> b.size).sum();
			var oldest = cache.values().iterator();
			while ((cache.size() > CACHED || bytes > CACHED_BYTES) && oldest.hasNext()) {
				Batch old = oldest.next();
				if (old != batch && !old.running()) {
					bytes -= old.size;
					oldest.remove();
				}
			}
		}
	}

	private static ImportException overBudget() {
		return new ImportException("", 0, "importing.expected.previewBudget", CLUSTER_BUDGET / (1024 * 1024));
	}

	private String username() {
		return currentUser.get().map(LoggedIn::username).orElse(null);
	}

	/**
	 * Imports the batch's files one by one in the background, each in its own
	 * transaction.
	 */
	void start(UUID id, Map<String, String> choices) {
		Batch batch = get(id);
		synchronized (batch) {
			if (batch.started) {
				return;
			}
			batch.started = true;
		}
		cache(batch);
		String actor = currentUser.actor();
		executor.submit(() -> ClusterScope.runAs(batch.clusterId, actor, () -> {
			try {
				for (ImportService.FilePreview file : batch.files) {
					batch.results.add(importOne(file, choices));
				}
			}
			finally {
				batch.done = true;
			}
		}));
	}

	private FileResult importOne(ImportService.FilePreview file, Map<String, String> choices) {
		if (file.alreadyImportedMeeting() != null) {
			return new FileResult(file.fileName(), "already", file.alreadyImportedMeeting(), null);
		}
		if (file.error() != null) {
			return new FileResult(file.fileName(), "error", null, file.error());
		}
		try {
			return new FileResult(file.fileName(), "imported", service.commit(file, choices), null);
		}
		catch (ImportException ex) {
			return new FileResult(file.fileName(), ex.expected().equals("importing.expected.new") ? "already" : "error",
					null, ex.inFile(file.fileName()));
		}
		catch (RuleViolation ex) {
			return new FileResult(file.fileName(), "error", null,
					new ImportException(file.fileName(), 0, "importing.expected.consistent",
							new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(),
									ex.messageKey())));
		}
		catch (RuntimeException ex) {
			return new FileResult(file.fileName(), "error", null,
					new ImportException(file.fileName(), 0, "importing.expected.stored"));
		}
	}

	/**
	 * The uploaded files, ZIPs opened; ImportException for a file too large or a bad ZIP.
	 */
	static Map<String, byte[]> uploaded(List<MultipartFile> files) throws IOException {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "fil"
					: file.getOriginalFilename();
			if (file.getSize() > MAX_TOTAL) {
				throw new ImportException(name, 0, "importing.expected.size", MinutesReader.megabytes(MAX_TOTAL));
			}
			expand(name, file.getBytes(), contents);
		}
		return contents;
	}

	/** Opens ZIPs into their files; other files pass as they are. */
	static Map<String, byte[]> expand(String name, byte[] content, Map<String, byte[]> into) {
		if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			add(into, name, content);
			return into;
		}
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.isDirectory() || entry.getName().startsWith("__MACOSX") || entry.getName().contains("/.")) {
					continue;
				}
				byte[] data = zip.readNBytes(MinutesReader.MAX_BYTES + 1);
				total += data.length;
				if (total > MAX_TOTAL) {
					throw new ImportException(name, 0, "importing.expected.size", MinutesReader.megabytes(MAX_TOTAL));
				}
				String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				add(into, entryName, data);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new ImportException(name, 0, "importing.expected.zip");
		}
		return into;
	}

	private static void add(Map<String, byte[]> into, String name, byte[] content) {
		if (into.size() >= MAX_FILES) {
			throw new ImportException(name, 0, "importing.expected.fewerFiles", MAX_FILES);
		}
		String unique = name;
		for (int i = 2; into.containsKey(unique); i++) {
			unique = name + " (" + i + ")";
		}
		into.put(unique, content);
	}

}
