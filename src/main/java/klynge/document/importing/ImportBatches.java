package klynge.document.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

import klynge.cluster.CurrentCluster;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for confirmation, and the progress of their import. Kept in memory per
 * cluster (a preview is short-lived); a ZIP is opened into its files, with limits on count and size.
 */
@Component
class ImportBatches {

	static final int MAX_FILES = 200;

	static final long MAX_TOTAL = 50L * 1024 * 1024;

	private static final int KEEP = 50;

	/** One file's outcome: "imported", "already", or the error. */
	record FileResult(String fileName, String outcome, UUID meetingId, ImportException error) {
	}

	static final class Batch {

		final UUID id = UUID.randomUUID();

		final UUID clusterId;

		final List<ImportService.FilePreview> files;

		final List<FileResult> results = Collections.synchronizedList(new ArrayList<>());

		volatile boolean started;

		volatile boolean done;

		Batch(UUID clusterId, List<ImportService.FilePreview> files) {
			this.clusterId = clusterId;
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
	}

	private final Map<UUID, Batch> batches = Collections.synchronizedMap(new LinkedHashMap<>());

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final ImportService service;

	private final CurrentCluster cluster;

	ImportBatches(ImportService service, CurrentCluster cluster) {
		this.service = service;
		this.cluster = cluster;
	}

	Batch create(Map<String, byte[]> files) {
		List<ImportService.FilePreview> previews = new ArrayList<>();
		files.forEach((name, content) -> previews.add(service.preview(name, content)));
		Batch batch = new Batch(cluster.id(), previews);
		synchronized (batches) {
			batches.put(batch.id, batch);
			while (batches.size() > KEEP) {
				batches.remove(batches.keySet().iterator().next());
			}
		}
		return batch;
	}

	Batch get(UUID id) {
		Batch batch = batches.get(id);
		if (batch == null || !batch.clusterId.equals(cluster.id())) {
			throw new NotFoundException("import", id);
		}
		return batch;
	}

	/** Imports the batch's files one by one in the background, each in its own transaction. */
	void start(UUID id, Map<String, String> choices) {
		Batch batch = get(id);
		synchronized (batch) {
			if (batch.started) {
				return;
			}
			batch.started = true;
		}
		new DelegatingSecurityContextExecutorService(executor, SecurityContextHolder.getContext()).submit(() -> {
			try {
				for (ImportService.FilePreview file : batch.files) {
					batch.results.add(importOne(file, choices));
				}
			}
			finally {
				batch.done = true;
			}
		});
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
			return new FileResult(file.fileName(),
					ex.expected().equals("importing.expected.new") ? "already" : "error", null, ex.inFile(file.fileName()));
		}
		catch (RuleViolation ex) {
			return new FileResult(file.fileName(), "error", null,
					new ImportException(file.fileName(), 0, "importing.expected.consistent", ex.messageKey()));
		}
		catch (RuntimeException ex) {
			return new FileResult(file.fileName(), "error", null,
					new ImportException(file.fileName(), 0, "importing.expected.consistent", ex.getClass().getSimpleName()));
		}
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
					throw new ImportException(name, 0, "importing.expected.size", MAX_TOTAL);
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
