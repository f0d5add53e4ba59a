package klynge.ideabank;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The idea bank's rules, without a database: what a submission must hold, what counts as
 * a poster (a PDF by its first bytes and its content type, at most 20 MB), and what a
 * program slot must be.
 */
final class IdeaBankRules {

	static final int MAX_POSTER_BYTES = 20 * 1024 * 1024;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final Set<String> PDF_TYPES = Set.of("application/pdf", "application/x-pdf");

	private IdeaBankRules() {
	}

	/** The message key beside each field of the form that needs correcting. */
	static Map<String, String> mistakes(SubmissionForm form, List<String> topics) {
		Map<String, String> errors = new LinkedHashMap<>();
		required(errors, "name", form.name(), 200);
		String email = form.email() == null ? "" : form.email().strip();
		if (email.isEmpty()) {
			errors.put("email", "ideabank.submit.required");
		}
		else if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("email", "ideabank.submit.email.invalid");
		}
		required(errors, "title", form.title(), 300);
		required(errors, "summary", form.summary(), 4000);
		required(errors, "studyProgramme", form.studyProgramme(), 200);
		required(errors, "institution", form.institution(), 200);
		required(errors, "supervisor", form.supervisor(), 200);
		String topic = blankToNull(form.topic());
		if (topic != null && !topics.isEmpty() && !topics.contains(topic)) {
			errors.put("topic", "ideabank.submit.topic.invalid");
		}
		return errors;
	}

	/**
	 * Why the file is no poster (a message key), or null: missing, empty, over 20 MB, or
	 * not a PDF by its first bytes ("%PDF-") and the type the browser gave.
	 */
	static String posterProblem(byte[] content, String contentType) {
		if (content == null || content.length == 0) {
			return "ideabank.submit.poster.required";
		}
		if (content.length > MAX_POSTER_BYTES) {
			return "ideabank.submit.poster.tooLarge";
		}
		if (!isPdf(content) || contentType == null
				|| !PDF_TYPES.contains(contentType.toLowerCase(Locale.ROOT).split(";")[0].strip())) {
			return "ideabank.submit.poster.notPdf";
		}
		return null;
	}

	static boolean isPdf(byte[] content) {
		return content != null && content.length >= PDF_MAGIC.length
				&& Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC);
	}

	/**
	 * A file name safe for a header and a page: letters, digits, dot, dash; ends in .pdf.
	 */
	static String safeFileName(String name) {
		String base = name == null ? "" : name.replaceAll("^.*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		if (base.isBlank() || base.equals("_")) {
			base = "poster";
		}
		if (base.length() > 120) {
			base = base.substring(0, 120);
		}
		return base.toLowerCase(Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
	}

	/** A program slot: its day within the event's, a start, an end not before it. */
	record Slot(LocalDate day, LocalTime start, LocalTime end, String session, String room) {
	}

	static Slot slot(String day, String start, String end, String session, String room, LocalDate firstDay,
			LocalDate lastDay) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate d = null;
		try {
			d = LocalDate.parse(day == null ? "" : day.strip());
			if (d.isBefore(firstDay) || d.isAfter(lastDay)) {
				errors.put("slotDay", "ideabank.slot.day.outside");
			}
		}
		catch (DateTimeParseException ex) {
			errors.put("slotDay", "ideabank.slot.day.invalid");
		}
		LocalTime s = time(start, "slotStartsAt", true, errors);
		LocalTime e = time(end, "slotEndsAt", false, errors);
		if (s != null && e != null && e.isBefore(s)) {
			errors.put("slotEndsAt", "ideabank.slot.endsBeforeStart");
		}
		if (length(session) > 200 || length(room) > 200) {
			errors.put("slotSession", "ideabank.form.tooLong");
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		return new Slot(d, s, e, blankToNull(session), blankToNull(room));
	}

	/** The text for ILIKE: % and _ match themselves. */
	static String likePattern(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static LocalTime time(String value, String field, boolean required, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.put(field, "ideabank.slot.time.required");
			}
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "ideabank.slot.time.invalid");
			return null;
		}
	}

	private static void required(Map<String, String> errors, String field, String value, int max) {
		String v = blankToNull(value);
		if (v == null) {
			errors.put(field, "ideabank.submit.required");
		}
		else if (v.length() > max) {
			errors.put(field, "ideabank.form.tooLong");
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int length(String value) {
		return value == null ? 0 : value.strip().length();
	}

}
