package klynge.collaboration;

import java.net.URI;
import java.util.regex.Pattern;

import klynge.shared.RuleViolation;

/**
 * The partner's fields checked and trimmed from the form: a name, a kind, a web site that
 * is an http(s) address, an e-mail that looks like one, a phone of digits, spaces, +, -
 * and parentheses; lengths as the table allows.
 */
record PartnerFields(String name, PartnerKind kind, String webSite, String description, Boolean showPublicly,
		String contactName, String contactEmail, String contactPhone) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,40}");

	/**
	 * @throws RuleViolation naming the first field to correct
	 */
	static PartnerFields of(PartnerForm form) {
		String name = text(form.name(), "name", 200);
		if (name == null) {
			throw new RuleViolation("name", "collaboration.form.name.required");
		}
		PartnerKind kind;
		try {
			kind = PartnerKind.valueOf(form.kind() == null ? "" : form.kind());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("kind", "collaboration.form.kind.invalid");
		}
		String webSite = text(form.webSite(), "webSite", 500);
		if (webSite != null && !webAddress(webSite)) {
			throw new RuleViolation("webSite", "collaboration.form.webSite.invalid");
		}
		String description = text(form.description(), "description", 4000);
		Boolean showPublicly = switch (form.publicity() == null ? "auto" : form.publicity()) {
			case "show" -> Boolean.TRUE;
			case "hide" -> Boolean.FALSE;
			case "auto" -> null;
			default -> throw new RuleViolation("publicity", "collaboration.form.publicity.invalid");
		};
		String contactName = text(form.contactName(), "contactName", 200);
		String email = text(form.contactEmail(), "contactEmail", 320);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new RuleViolation("contactEmail", "collaboration.form.email.invalid");
		}
		String phone = text(form.contactPhone(), "contactPhone", 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new RuleViolation("contactPhone", "collaboration.form.phone.invalid");
		}
		return new PartnerFields(name, kind, webSite, description, showPublicly, contactName, email, phone);
	}

	private static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String t = value.strip();
		if (t.length() > max) {
			throw new RuleViolation(field, "collaboration.form.tooLong", max);
		}
		return t;
	}

}
