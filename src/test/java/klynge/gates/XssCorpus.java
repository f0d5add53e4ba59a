package klynge.gates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XSS/injection corpus, and a writer that puts each entry through the API into every
 * text field it can reach (as an administrator), remembering the pages that show them.
 */
public final class XssCorpus {

	public static final List<String> ENTRIES = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"<svg onload=alert(1)>", "javascript:alert(1)", "[x](javascript:alert(1))", "![x](x\" onerror=\"alert(1))",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "{{7*7}} [[${7*7}]] __${7*7}__",
			"=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tTAB", "' or 1=1 --");

	/** What the application answered: status and body. */
	record Answer(int status, String body) {
	}

	/** Sends one JSON request (method, path, body) as an administrator. */
	interface Api {

		Answer send(String method, String path, String json) throws Exception;

	}

	/** A page (or download) that shows corpus text, and which entry it shows. */
	record Shown(String path, String entry) {
	}

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private final Api api;

	final List<String> problems = new ArrayList<>();

	final List<Shown> pages = new ArrayList<>();

	final Map<String, Integer> writes = new LinkedHashMap<>();

	XssCorpus(Api api) {
		this.api = api;
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/** Writes every entry into every reachable text field; returns this. */
	XssCorpus writeAll(UUID anyItemId) throws Exception {
		long run = System.nanoTime();
		for (int i = 0; i < ENTRIES.size(); i++) {
			String entry = ENTRIES.get(i);
			String p = json(entry);
			String unique = json("X" + run + "-" + i + " " + entry);
			String org = create("POST", "/api/v1/organisations",
					"{\"name\":" + unique + ",\"type\":\"OTHER\",\"contactName\":" + p + ",\"shortName\":"
							+ json(("S" + i + entry).substring(0, Math.min(40, entry.length() + 2))) + "}",
					entry);
			show("/organisations/" + org, entry);
			String code = "XQ" + (char) ('A' + i % 26) + (char) ('A' + (int) (run % 26));
			String person = create("POST", "/api/v1/people", "{\"name\":" + p + ",\"code\":\"" + code + "\",\"title\":"
					+ p + (org == null ? "" : ",\"organisationId\":\"" + org + "\"") + "}", entry);
			show("/people/" + person, entry);
			String body = create("POST", "/api/v1/bodies", "{\"type\":\"OTHER\",\"name\":" + unique
					+ ",\"establishedOn\":\"2020-01-01\",\"mandate\":" + p + "}", entry);
			show("/bodies/" + body, entry);
			if (body != null && person != null) {
				create("POST", "/api/v1/memberships", "{\"bodyId\":\"" + body + "\",\"personId\":\"" + person
						+ "\",\"role\":\"MEMBER\",\"seat\":" + p + ",\"validFrom\":\"2020-01-01\"}", entry);
			}
			String meeting = body == null ? null
					: create(
							"POST", "/api/v1/meetings", "{\"bodyId\":\"" + body + "\",\"meetingDate\":\"2030-01-0"
									+ (1 + i % 9) + "\",\"address\":" + p + ",\"room\":" + p + ",\"version\":0}",
							entry);
			show("/meetings/" + meeting, entry);
			String item = meeting == null ? null
					: create("POST", "/api/v1/meetings/" + meeting + "/items",
							"{\"type\":\"DISCUSSION\",\"title\":" + p + ",\"presenterText\":" + p
									+ ",\"proposedDecision\":" + p + ",\"priorHandling\":" + p
									+ ",\"access\":\"PUBLIC\",\"raisedAtMeeting\":false,\"version\":0}",
							entry);
			if (item != null) {
				send("PUT", "/api/v1/items/" + item + "/minutes", "{\"notes\":" + p + ",\"feedbackHeading\":" + p
						+ ",\"feedback\":" + p + ",\"decision\":" + p + ",\"version\":0}");
				create("POST", "/api/v1/followups", "{\"itemId\":\"" + item + "\",\"description\":" + p + "}", entry);
				create("POST", "/api/v1/referrals", "{\"fromItemId\":\"" + item + "\",\"referral\":{\"toBodyId\":\""
						+ body + "\",\"description\":" + p + ",\"expectedReturn\":" + p + "}}", entry);
				String caseFile = create("POST", "/api/v1/cases", "{\"itemId\":\"" + item + "\",\"title\":" + p + "}",
						entry);
				show("/cases/" + caseFile, entry);
				show("/items/" + item + "/minutes/edit", entry);
			}
			if (body != null) {
				send("POST", "/api/v1/bodies/" + body + "/backlog", "{\"title\":" + p + ",\"description\":" + p + "}");
				show("/bodies/" + body + "/backlog", entry);
			}
		}
		show("/people", null);
		show("/organisations", null);
		show("/bodies", null);
		show("/followups", null);
		show("/cases", null);
		show("/meetings?month=2030-01", null);
		return this;
	}

	private void show(String path, String entry) {
		if (!path.contains("/null")) {
			pages.add(new Shown(path, entry));
		}
	}

	private String create(String method, String path, String json, String entry) throws Exception {
		Answer answer = send(method, path, json);
		if (answer.status() != 201 && answer.status() != 200) {
			return null;
		}
		Matcher id = ID.matcher(answer.body());
		return id.find() ? id.group(1) : null;
	}

	private Answer send(String method, String path, String json) throws Exception {
		Answer answer = api.send(method, path, json);
		writes.merge(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " " + answer.status(), 1, Integer::sum);
		if (answer.status() == 400) {
			System.out.println("XSS corpus: " + method + " " + path + " 400 " + answer.body());
		}
		if (answer.status() >= 500) {
			problems.add(method + " " + path + " answered " + answer.status() + " for " + json);
		}
		return answer;
	}

	/**
	 * Markup that would run script if the corpus were not escaped: event attributes,
	 * javascript: URLs, raw tags.
	 */
	private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=",
			Pattern.CASE_INSENSITIVE);

	private static final List<Pattern> ACTIVE = List.of(Pattern.compile("<script>alert", Pattern.CASE_INSENSITIVE),
			Pattern.compile("(href|src|action|formaction)\\s*=\\s*[\"']?\\s*(javascript|jav&#|jav\\s)",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("<svg onload", Pattern.CASE_INSENSITIVE),
			Pattern.compile("<img src=x", Pattern.CASE_INSENSITIVE));

	/**
	 * Problems in one HTML page: active markup from the corpus, or an evaluated template
	 * expression.
	 */
	public static List<String> activeMarkup(String path, String html) {
		List<String> found = new ArrayList<>();
		// Escaped corpus text inside quoted attribute values is inert: look for event
		// attributes outside them.
		Matcher event = EVENT_ATTRIBUTE.matcher(html.replaceAll("\"[^\"]*\"", "\"\""));
		if (event.find()) {
			found.add(path + ": event attribute " + event.group());
		}
		for (Pattern pattern : ACTIVE) {
			Matcher matcher = pattern.matcher(html);
			if (matcher.find()) {
				int from = Math.max(0, matcher.start() - 40);
				found.add(path + ": " + html.substring(from, Math.min(html.length(), matcher.end() + 40)));
			}
		}
		return found;
	}

}
