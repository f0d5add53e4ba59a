package klynge.spreadsheet;

import java.io.IOException;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

/** The uploaded file as an {@link Upload}, or why not. */
final class Uploads {

	private Uploads() {
	}

	static Upload of(MultipartFile file, UUID clusterId) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new BadSpreadsheet("spreadsheet.bad.nofile");
		}
		if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
			throw new BadSpreadsheet("spreadsheet.bad.size", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return new Upload(clusterId, name, file.getBytes());
	}

}
