package klynge.cluster.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import klynge.shared.RuleViolation;
import org.springframework.web.multipart.MultipartFile;

/**
 * A cluster's logo from an upload: an SVG document of at most 200 KB. It is shown only as
 * an image ({@code <img>}) and served with a CSP that runs nothing, so scripts in it
 * never run.
 */
final class Logos {

	static final int MAX_BYTES = 200 * 1024;

	private Logos() {
	}

	/** The SVG text, or null when no file was chosen. */
	static String read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > MAX_BYTES) {
			throw new RuleViolation("logo", "setup.rule.logo");
		}
		String svg;
		try {
			svg = new String(file.getBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new RuleViolation("logo", "setup.rule.logo");
		}
		String start = svg.toLowerCase(Locale.ROOT);
		if (!(start.startsWith("<svg") || start.startsWith("<?xml")) || !start.contains("<svg")) {
			throw new RuleViolation("logo", "setup.rule.logo");
		}
		return svg;
	}

}
