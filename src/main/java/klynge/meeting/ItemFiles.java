package klynge.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files uploaded to an agenda item (case documents): at most {@link #MAX_BYTES}, only
 * PDF, Word, Excel, PowerPoint, PNG and JPEG, recognised by their first bytes as well as
 * their name (a renamed executable is refused), kept in the database (no path on disk
 * that a name could steer) and served only as a download to those who may see the item
 * and the document.
 */
@Service
public class ItemFiles {

	/**
	 * 10 MB: a case document, not an archive (the importer allows 5 MB per minutes file).
	 */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg");

	private final Agenda agenda;

	private final AgendaRepository items;

	private final MeetingAccess access;

	private final Meetings meetings;

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	ItemFiles(Agenda agenda, AgendaRepository items, MeetingAccess access, Meetings meetings, JdbcClient jdbc,
			CurrentCluster cluster) {
		this.agenda = agenda;
		this.items = items;
		this.access = access;
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	/** Stores the file as a document of the item ("ettersendt" after the summons). */
	@Transactional
	public UUID upload(UUID itemId, String title, Access documentAccess, String exemptionBasis, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new RuleViolation("file", "document.file.missing");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new RuleViolation("file", "document.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String name = safeName(file.getOriginalFilename());
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String contentType = typeOf(name, bytes).orElseThrow(() -> new RuleViolation("file", "document.file.type"));
		String shown = Text.blankToNull(title) == null ? name : title.trim();
		if (shown.length() > 500) {
			throw new RuleViolation("title", "document.title.tooLong");
		}
		UUID fileId = UUID.randomUUID();
		UUID documentId = agenda.addDocument(itemId, new ItemDocumentForm(shown, "/item-files/" + fileId,
				documentAccess == null ? Access.PUBLIC : documentAccess, exemptionBasis, null, null));
		jdbc.sql(
				"""
						insert into item_document_file (id, cluster_id, document_id, file_name, content_type, size_bytes, sha256,
						       content) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(fileId, cluster.id(), documentId, name, contentType, bytes.length, sha256(bytes), bytes)
			.update();
		return documentId;
	}

	/** The file, if this viewer may see its item and its document; else not found. */
	public StoredFile download(UUID fileId) {
		StoredFile file = jdbc.sql("""
				select file_name, content_type, content, document_id from item_document_file
				where cluster_id = ? and id = ?""")
			.params(cluster.id(), fileId)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3),
					rs.getObject(4, UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("file", fileId));
		ItemDocument document = items.document(cluster.id(), file.documentId())
			.orElseThrow(() -> new NotFoundException("file", fileId));
		AgendaItem item = agenda.item(document.itemId());
		Viewer viewer = access.viewerOf(meetings.meeting(item.meetingId()));
		LocalDate today = LocalDate.now(cluster.get().zone());
		if (!viewer.maySee(item.exemption(), today) || !viewer.maySee(document.exemption(), today)) {
			throw new NotFoundException("file", fileId);
		}
		return file;
	}

	/** The content type a file's name and first bytes agree on, if it is one we take. */
	static Optional<String> typeOf(String name, byte[] bytes) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		String type = TYPES.get(extension);
		if (type == null) {
			return Optional.empty();
		}
		byte[] magic = switch (extension) {
			case "pdf" -> PDF;
			case "png" -> PNG;
			case "jpg", "jpeg" -> JPEG;
			default -> ZIP;
		};
		return startsWith(bytes, magic) ? Optional.of(type) : Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** The name without any path, control or quote characters, at most 200 characters. */
	static String safeName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (name.isEmpty()) {
			name = "dokument";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An uploaded file as it is downloaded. */
	public record StoredFile(String fileName, String contentType, byte[] content, UUID documentId) {
	}

}
