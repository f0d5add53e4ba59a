package klynge.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import klynge.cluster.CurrentCluster;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload → preview (every row with what will happen to it) → commit, and the templates
 * and exports. The previewed file waits in the administrator's session, so the commit
 * takes exactly what the preview showed.
 */
@Controller
class SpreadsheetController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegisterImport imports;

	private final RegisterExport exports;

	private final CurrentCluster cluster;

	SpreadsheetController(RegisterImport imports, RegisterExport exports, CurrentCluster cluster) {
		this.imports = imports;
		this.exports = exports;
		this.cluster = cluster;
	}

	@GetMapping("/spreadsheets")
	String page(Model model) {
		model.addAttribute("lists", ListKind.values());
		return "spreadsheet/page";
	}

	@PostMapping("/spreadsheets/preview")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
			HttpServletResponse response) throws IOException {
		try {
			Upload upload = Uploads.of(file, cluster.id());
			Report report = imports.preview(SpreadsheetReader.read(upload.fileName(), upload.content()));
			session.setAttribute(Upload.SESSION_KEY, upload);
			model.addAttribute("report", report);
			model.addAttribute("fileName", upload.fileName());
			model.addAttribute("digest", upload.digest());
			return "spreadsheet/preview";
		}
		catch (BadSpreadsheet bad) {
			return refused(bad, model, response);
		}
		catch (DataAccessException failure) {
			return refused(new BadSpreadsheet("spreadsheet.failed"), model, response);
		}
	}

	@PostMapping("/spreadsheets/commit")
	String commit(@RequestParam(name = "digest", required = false) String digest, HttpSession session, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Object kept = session.getAttribute(Upload.SESSION_KEY);
		if (!(kept instanceof Upload upload) || !upload.clusterId().equals(cluster.id())
				|| !upload.digest().equals(digest)) {
			return refused(new BadSpreadsheet("spreadsheet.bad.expired"), model, response);
		}
		try {
			Report report = imports.commit(SpreadsheetReader.read(upload.fileName(), upload.content()));
			session.removeAttribute(Upload.SESSION_KEY);
			redirect.addFlashAttribute("created", report.created());
			redirect.addFlashAttribute("unchanged", report.unchanged());
			redirect.addFlashAttribute("refused", report.errors());
			return "redirect:/spreadsheets";
		}
		catch (BadSpreadsheet bad) {
			return refused(bad, model, response);
		}
		catch (DataAccessException failure) {
			return refused(new BadSpreadsheet("spreadsheet.failed"), model, response);
		}
	}

	private String refused(BadSpreadsheet bad, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("error", bad);
		return page(model);
	}

	@GetMapping("/spreadsheets/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(Locale locale) {
		return file(exports.xlsx(false, locale), XLSX, "klynge-mal.xlsx");
	}

	@GetMapping("/spreadsheets/template.csv")
	ResponseEntity<byte[]> templateCsv(@RequestParam(name = "list", required = false) String list, Locale locale) {
		ListKind kind = kind(list);
		return csv(exports.csv(kind, false, locale), "mal-" + kind.sheetName + ".csv");
	}

	@GetMapping("/spreadsheets/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(Locale locale) {
		return file(exports.xlsx(true, locale), XLSX, cluster.get().shortName() + "-lister.xlsx");
	}

	@GetMapping("/spreadsheets/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(name = "list", required = false) String list, Locale locale) {
		ListKind kind = kind(list);
		return csv(exports.csv(kind, true, locale), cluster.get().shortName() + "-" + kind.sheetName + ".csv");
	}

	/** The list a link names; the organisations when it names none we know. */
	private static ListKind kind(String list) {
		return ListKind.bySlug(list == null ? "" : list).orElse(ListKind.ORGANISATIONS);
	}

	private static ResponseEntity<byte[]> csv(String text, String name) {
		return file(text.getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType(klynge.shared.Csv.MEDIA_TYPE),
				name);
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

}
