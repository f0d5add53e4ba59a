package klynge.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An item's documents for search: the title, and the text of an uploaded PDF (PDFBox) or
 * DOCX (POI). A document keeps its own access and its item's, whichever is narrower (a
 * public attachment of an exempt item is exempt with the item), so search asks the same
 * rule as for the item. A file whose text cannot be read is found by its title.
 */
@Component
class DocumentSearchSource implements SearchSource {

	private static final Logger log = LoggerFactory.getLogger(DocumentSearchSource.class);

	/** Text kept per document: enough for snippets and words, bounded for the index. */
	static final int MAX_TEXT = 200_000;

	private final JdbcClient jdbc;

	DocumentSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc.sql("""
				select d.id, d.title, i.id as item_id, i.meeting_id, i.body_id, m.meeting_date, m.status,
				       coalesce(i.case_seq, p.case_seq) as case_seq, coalesce(i.case_year, p.case_year) as case_year,
				       d.access as doc_access, d.exemption_basis as doc_basis, d.public_title as doc_public_title,
				       d.exemption_ends as doc_ends,
				       i.access as item_access, i.exemption_basis as item_basis, i.public_title as item_public_title,
				       i.exemption_ends as item_ends,
				       f.id as file_id, f.content_type, f.file_name
				from item_document d
				join agenda_item i on i.cluster_id = d.cluster_id and i.id = d.item_id
				left join agenda_item p on p.cluster_id = i.cluster_id and p.id = i.parent_id
				join meeting m on m.cluster_id = i.cluster_id and m.id = i.meeting_id
				left join item_document_file f on f.cluster_id = d.cluster_id and f.document_id = d.id
				where d.cluster_id = ?""").param(clusterId).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			UUID file = rs.getObject("file_id", UUID.class);
			LocalDate day = rs.getObject("meeting_date", LocalDate.class);
			Access documentAccess = Access.valueOf(rs.getString("doc_access"));
			Access itemAccess = Access.valueOf(rs.getString("item_access"));
			boolean itemNarrower = itemAccess.ordinal() > documentAccess.ordinal();
			String prefix = itemNarrower ? "item_" : "doc_";
			Date ends = rs.getDate(prefix + "ends");
			String url = file != null ? "/item-files/" + file : "/meetings/" + rs.getObject("meeting_id", UUID.class)
					+ "#item-" + rs.getObject("item_id", UUID.class);
			String text = file == null ? ""
					: text(clusterId, file, rs.getString("content_type"), rs.getString("file_name"));
			return new Entry("DOCUMENT", id, "MAIN", url, rs.getString("title"), text,
					(Integer) rs.getObject("case_seq"),
					rs.getObject("case_year") == null ? null : rs.getInt("case_year"),
					rs.getObject("body_id", UUID.class), day, day.getYear(), rs.getString("status"),
					Reach.valueOf((itemNarrower ? itemAccess : documentAccess).name()), rs.getString(prefix + "basis"),
					rs.getString(prefix + "public_title"), ends == null ? null : ends.toLocalDate());
		}).list().stream();
	}

	private String text(UUID clusterId, UUID fileId, String contentType, String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
		boolean pdf = "application/pdf".equals(contentType) || name.endsWith(".pdf");
		boolean docx = name.endsWith(".docx") || contentType != null && contentType.contains("wordprocessingml");
		if (!pdf && !docx) {
			return "";
		}
		byte[] bytes = jdbc.sql("select content from item_document_file where cluster_id = ? and id = ?")
			.params(clusterId, fileId)
			.query(byte[].class)
			.single();
		try {
			String text = pdf ? pdfText(bytes) : docxText(bytes);
			return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		}
		catch (IOException | RuntimeException unreadable) {
			log.info("No text from document file {} ({}): {}", fileId, contentType, unreadable.toString());
			return "";
		}
	}

	static String pdfText(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String docxText(byte[] bytes) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
