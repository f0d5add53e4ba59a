package klynge.gates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler (pattern × method) Spring MVC knows, and real demo ids to fill in their
 * path variables. Shared by the gates so that new endpoints (documents, calendar) are
 * picked up by all.
 */
final class Handlers {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** Query strings some handlers need to answer at all. */
	private static final Map<String, String> QUERIES = Map.of("/minutes/{id}/versions/compare", "?a=1&b=1");

	record Handler(String method, String pattern) implements Comparable<Handler> {

		@Override
		public int compareTo(Handler other) {
			return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

		boolean isWrite() {
			return !method.equals("GET");
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}
	}

	/** Every handler, sorted; a mapping without methods counts as GET. */
	static List<Handler> all(RequestMappingHandlerMapping mapping) {
		TreeSet<Handler> handlers = new TreeSet<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					handlers.add(new Handler("GET", pattern));
				}
				for (RequestMethod method : methods) {
					handlers.add(new Handler(method.name(), pattern));
				}
			}
		}
		return new ArrayList<>(handlers);
	}

	/** Real ids of Alrek's demo data, by the path segment in front of the variable. */
	static Map<String, String> demoIds(JdbcClient jdbc) {
		Map<String, String> ids = new HashMap<>();
		UUID body = jdbc.sql("""
				select b.id from body b join body_name n on n.body_id = b.id
				where b.cluster_id = ? and n.name = 'Styringsgruppen' limit 1""")
			.param(ALREK)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new AssertionError("no demo body Styringsgruppen"));
		ids.put("bodies", body.toString());
		var minutes = jdbc.sql("""
				select m.id, m.meeting_id from minutes m where m.cluster_id = ?
				order by (m.status = 'APPROVED') desc, m.id limit 1""").param(ALREK).query().singleRow();
		String meeting = minutes.get("meeting_id").toString();
		ids.put("meetings", meeting);
		ids.put("minutes", minutes.get("id").toString());
		ids.put("versions",
				String.valueOf(jdbc.sql("select min(number) from minutes_version where minutes_id = ?::uuid")
					.param(minutes.get("id").toString())
					.query(Integer.class)
					.single()));
		ids.put("items",
				one(jdbc,
						"select id from agenda_item where meeting_id = ?::uuid and access = 'PUBLIC' order by position",
						meeting));
		ids.put("attendance", one(jdbc, "select id from attendance where cluster_id = ?::uuid", ALREK.toString()));
		ids.put("documents", one(jdbc, "select id from item_document where cluster_id = ?::uuid", ALREK.toString()));
		ids.put("people",
				one(jdbc, "select id from person where cluster_id = ?::uuid and code = 'GY'", ALREK.toString()));
		String partnership = one(jdbc, "select id from partnership where cluster_id = ?::uuid order by valid_from",
				ALREK.toString());
		ids.put("partnerships", partnership);
		ids.put("organisations", one(jdbc, "select organisation_id from partnership where id = ?::uuid", partnership));
		ids.put("memberships", one(jdbc, "select id from membership where body_id = ?::uuid", body.toString()));
		ids.put("accounts", one(jdbc, "select id from account where username = ?", "medlem"));
		ids.put("sign-on", signOnProvider(jdbc));
		ids.put("audit", one(jdbc, "select max(id)::text from audit_log where cluster_id = ?::uuid", ALREK.toString()));
		// the demo's own rows: other tests add follow-ups and referrals on exempt items
		// to the shared database
		ids.put("followups",
				one(jdbc, "select id from follow_up where item_id = md5('item:' || ?)::uuid", "pm-2023-03-27/04"));
		// a demo case everyone may see (other tests create exempt cases in the shared
		// database)
		ids.put("cases", one(jdbc, "select id from case_file where cluster_id = ?::uuid and title = 'Årsmelding 2022'",
				ALREK.toString()));
		ids.put("referrals",
				one(jdbc, "select id from referral where from_item_id = md5('item:' || ?)::uuid", "pm-2023-03-27/02"));
		// the demo budget of 2022 (sak 22-21) and its parts
		String budget = "b0d90000-0000-4000-8000-000000002022";
		ids.put("budgets", budget);
		String line = one(jdbc, "select id::text from budget_line where budget_id = ?::uuid order by position", budget);
		ids.put("lines", line);
		ids.put("actuals", line);
		ids.put("alternatives", one(jdbc, "select id::text from budget_alternative where budget_id = ?::uuid", budget));
		String partner = one(jdbc, "select id::text from budget_partner where budget_id = ?::uuid", budget);
		ids.put("partners", partner);
		ids.put("invoices", partner);
		ids.put("imports", UUID.randomUUID().toString()); // import batches live in
															// memory: none in the demo
		ids.put("outbox", UUID.randomUUID().toString()); // no mail queued in the demo
		ids.put("attachments", UUID.randomUUID().toString());
		ids.put("comments", UUID.randomUUID().toString()); // no comments in the demo
		// no uploaded file in the demo
		ids.put("item-files", UUID.randomUUID().toString());
		// anchoring: the demo's 2022 budget case and UiB's request (leder answers for
		// UiB)
		ids.put("anchoring", "a4c40000-0000-4000-8000-000000002022");
		ids.put("request", one(jdbc, """
				select r.id from anchoring_request r join organisation o on o.id = r.organisation_id
				where r.case_id = ?::uuid and o.name = 'Universitetet i Bergen'""",
				"a4c40000-0000-4000-8000-000000002022"));
		ids.put("link", "not-a-real-token");
		// funding.review demo: the application fagfelle and leder review, and its call
		ids.put("review", "f0d40000-0000-4000-8000-000000000402");
		ids.put("review-calls", "f0d40000-0000-4000-8000-000000000002");
		// funding: the open example call (public), one of its sections, soker's draft and
		// its
		// attachment, a demo fund
		ids.put("funds", "f0d00000-0000-4000-8000-000000002027");
		ids.put("calls", "ca110000-0000-4000-8000-000000002027");
		ids.put("sections", one(jdbc, "select id from call_section where call_id = ?::uuid order by position",
				"ca110000-0000-4000-8000-000000002027"));
		ids.put("criteria", one(jdbc, "select id from call_criterion where call_id = ?::uuid order by position",
				"ca110000-0000-4000-8000-000000002027"));
		ids.put("applications", "a9900000-0000-4000-8000-000000000002");
		ids.put("files", one(jdbc, "select id from application_attachment where application_id = ?::uuid",
				"a9900000-0000-4000-8000-000000000002"));
		// funding.project: soker's demo project 01, its progress report and that
		// report's submitted version (with a PDF)
		ids.put("prosjekter", "aa230000-0000-4000-8000-000000000001");
		ids.put("projects", "aa230000-0000-4000-8000-000000000001");
		ids.put("rapporter", "a4e90000-0000-4000-8000-000000000101");
		ids.put("reports", "a4e90000-0000-4000-8000-000000000101");
		ids.put("vedlegg", "a4e90000-0000-4000-8000-000000000301");
		ids.put("report-files", "a4e90000-0000-4000-8000-000000000301");
		ids.put("utlysninger", "ca110000-0000-4000-8000-000000002023");
		// funding.leverage: soker's demo project 01 of 2023 and its Forskningsrådet grant
		ids.put("prosjekt", "aa230000-0000-4000-8000-000000000001");
		ids.put("projects", "aa230000-0000-4000-8000-000000000001");
		ids.put("videre", "f0110000-0000-4000-8000-000000000001");
		ids.put("follow-on", "f0110000-0000-4000-8000-000000000001");
		ids.put("confirm", "not-a-real-token");
		ids.put("feed", "not-a-real-token");
		ids.put("invitation", "not-a-real-token");
		ids.put("reset", "not-a-real-token");
		ids.put("tildelinger", "2023"); // the demo's decided awards of 2023
		// poll: the demo's autumn 2021 poll, one of its options and invitees; the answer
		// page's token
		ids.put("polls", "da7e0000-0000-4000-8000-000000002021");
		ids.put("options", "da7e0101-0000-4000-8000-000000002021");
		ids.put("invitees", one(jdbc, "select id::text from poll_invitee where poll_id = ?::uuid order by name",
				"da7e0000-0000-4000-8000-000000002021"));
		ids.put("answer", "not-a-real-token");
		// event: the open demo event Studentkonferansen 2027, its parts and a
		// participant;
		// the days, sessions and co-organiser of Alrekdagene 2021 (any event's do: the
		// service checks they belong to the event in the path)
		ids.put("events", "e7e00000-0000-4000-8000-000000002027");
		ids.put("arrangementer", "studentkonferansen-2027");
		ids.put("avmelding", "not-a-real-token");
		ids.put("days", one(jdbc, "select id::text from event_day where event_id = ?::uuid",
				"e7e00000-0000-4000-8000-000000002021"));
		ids.put("sessions", one(jdbc, "select s.id::text from event_session s join event_day d on d.id = s.day_id "
				+ "where d.event_id = ?::uuid", "e7e00000-0000-4000-8000-000000002021"));
		ids.put("organisers", one(jdbc, "select id::text from event_organiser where event_id = ?::uuid",
				"e7e00000-0000-4000-8000-000000002021"));
		ids.put("questions", "e7e90000-0000-4000-8000-000000002027");
		ids.put("check-in", "e7e80000-0000-4000-8000-000000000001");
		// ideabank: the open call of Studentkonferansen 2027 and its waiting submission,
		// a published poster of 2023, a thesis idea; the status page's token
		ids.put("cfp", "1dea0000-0000-4000-8000-000000002027");
		ids.put("submissions", "1dea5000-0000-4000-8000-000000000005");
		ids.put("poster", "1dea5000-0000-4000-8000-000000000001");
		ids.put("posters", "1dea5000-0000-4000-8000-000000000001");
		ids.put("ideas", "1dea1000-0000-4000-8000-000000000001");
		ids.put("innsending", "studentkonferansen-2027");
		ids.put("status", "not-a-real-token");
		// userpanel: the demo's period 2023–2025 and its Pasientens legemiddelliste
		// assignment
		ids.put("perioder", "b9a00000-0000-4000-8000-000000002023");
		ids.put("periods", "b9a00000-0000-4000-8000-000000002023");
		ids.put("oppdrag", "b9a10000-0000-4000-8000-000000002021");
		ids.put("assignments", "b9a10000-0000-4000-8000-000000002021");
		// collaboration: the demo partner Idrettsklynge Vest, its decision and
		// shared-event
		// links
		ids.put("samarbeidspartnere/admin", "c0ab0000-0000-4000-8000-000000000001");
		ids.put("collaboration-partners", "c0ab0000-0000-4000-8000-000000000001");
		ids.put("saker", one(jdbc, "select id::text from collaboration_decision where partner_id = ?::uuid",
				"c0ab0000-0000-4000-8000-000000000001"));
		ids.put("arrangement", one(jdbc, "select id::text from collaboration_event where partner_id = ?::uuid",
				"c0ab0000-0000-4000-8000-000000000001"));
		// strategy: the demo strategy 2021–2025, its first focus area and goal, the first
		// input of sak 21-21
		ids.put("strategi/admin", "57a70000-0000-4000-8000-000000002021");
		ids.put("fokusomrader", "57a7f000-0000-4000-8000-000000000001");
		ids.put("mal", "57a76000-0000-4000-8000-000000000001");
		ids.put("goals", "57a76000-0000-4000-8000-000000000001");
		ids.put("innspill", "57a71000-0000-4000-8000-000000000001");
		// appointment: the demo position Leder for Styringsgruppen and its 2024–2026
		// process
		ids.put("verv", "a7700000-0000-4000-8000-000000000001");
		ids.put("appointments", "a7700000-0000-4000-8000-000000000001");
		ids.put("prosesser", "a7710000-0000-4000-8000-000000002024");
		ids.put("processes", "a7710000-0000-4000-8000-000000002024");
		// annualreport: the demo's published 2022 report, and a finished PDF export of it
		ids.put("arsmelding", "2022");
		ids.put("annual-reports", "2022");
		String export = annualReportExport(jdbc);
		ids.put("eksport", export);
		ids.put("exports", export);
		// publication: Styringsgruppen's public page and its approved minutes of
		// 20.03.2023
		ids.put("offentlig", "styringsgruppen");
		ids.put("offentlig/{body}", "2023-03-20");
		// archive: a finished Noark 5 arkivuttrekk of Alrek's
		ids.put("noark", noarkExport(jdbc));
		return ids;
	}

	private static String one(JdbcClient jdbc, String sql, String param) {
		return jdbc.sql(sql + " limit 1")
			.param(param)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("no demo row for " + sql + " with " + param));
	}

	/**
	 * The pattern with its variables filled from {@code ids} (by the segment before
	 * each); with {@code random}, ids become fresh UUIDs (numbers and tokens stay). Fails
	 * naming an unknown variable.
	 */
	/**
	 * An Alrek single sign-on provider (the demo has none); its issuer is never asked:
	 * writes that the door admits get fresh ids.
	 */
	private static String signOnProvider(JdbcClient jdbc) {
		return jdbc.sql("""
				insert into sign_on_provider (cluster_id, name, issuer, client_id, client_secret)
				values (?, 'Matrix', 'https://sso.alrek.example.org', 'klynge', 'matrix-secret')
				on conflict (cluster_id, name) do update set name = excluded.name
				returning id::text""").param(ALREK).query(String.class).single();
	}

	/**
	 * A finished PDF export of the demo's 2022 report (the demo has none: exports are
	 * built on request).
	 */
	private static String annualReportExport(JdbcClient jdbc) {
		return jdbc.sql("""
				insert into annual_report_export (id, cluster_id, report_id, format, status, percent, step, file_name,
				       content, started_by, finished_at)
				select 'a2e00000-0000-4000-8000-000000002022', r.cluster_id, r.id, 'PDF', 'DONE', 100, 'done',
				       'arsmelding-2022.pdf', '%PDF-1.7 test'::bytea, 'test', now()
				from annual_report r where r.cluster_id = ? and r.year = 2022
				on conflict (id) do update set status = excluded.status
				returning id::text""").param(ALREK).query(String.class).single();
	}

	/** A finished Noark 5 arkivuttrekk of Alrek's 2023 (the demo has none). */
	private static String noarkExport(JdbcClient jdbc) {
		return jdbc.sql("""
				insert into noark_export (id, cluster_id, period_from, period_to, status, percent, step, file_name,
				       content, meetings, documents, started_by, finished_at)
				values ('a0a50000-0000-4000-8000-000000002023', ?, '2023-01-01', '2023-12-31', 'DONE', 100, 'done',
				       'noark5-alrek-2023-01-01-2023-12-31.zip', 'PK test'::bytea, 0, 0, 'test', now())
				on conflict (id) do update set status = excluded.status
				returning id::text""").param(ALREK).query(String.class).single();
	}

	static String uri(String pattern, Map<String, String> ids, boolean random) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String before = pattern.substring(0, matcher.start());
			String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
			// two modules may both say /admin/{id}: "strategi/admin" is asked before
			// "admin"
			String parent = before.substring(0, before.length() - segment.length() - 2);
			String value = ids.getOrDefault(parent.substring(parent.lastIndexOf('/') + 1) + "/" + segment,
					ids.get(segment));
			if (value == null) {
				throw new AssertionError("No demo id for {" + matcher.group(1) + "} after /" + segment + "/ in "
						+ pattern + ": add one to Handlers.demoIds");
			}
			boolean keep = segment.equals("versions") || segment.equals("invitation") || segment.equals("reset");
			matcher.appendReplacement(uri,
					Matcher.quoteReplacement(random && !keep ? UUID.randomUUID().toString() : value));
		}
		matcher.appendTail(uri);
		String query = switch (pattern) {
			case "/meetings/new" -> "?bodyId=" + ids.get("bodies");
			case "/minutes/{id}/amend" -> "?itemId=" + ids.get("items");
			default -> QUERIES.getOrDefault(pattern, "");
		};
		return uri + query;
	}

	/**
	 * Whether the pattern has a variable holding an id of the given kind (path segment).
	 */
	static boolean takes(String pattern, String... segments) {
		for (String segment : segments) {
			if (pattern.contains("/" + segment + "/{")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every GET endpoint showing meetings, items, minutes, cases or bodies, or a list of
	 * them: where the leak tests look for what must not come out.
	 */
	static List<Handler> showingMeetings(RequestMappingHandlerMapping mapping) {
		return all(mapping).stream()
			.filter(handler -> !handler.isWrite())
			.filter(handler -> !handler.pattern().contains("{")
					|| takes(handler.pattern(), "meetings", "items", "minutes", "cases", "bodies"))
			.filter(handler -> !handler.pattern().startsWith("/v3/") && !handler.pattern().startsWith("/swagger")
					&& !handler.pattern().equals("/error"))
			.toList();
	}

	private Handlers() {
	}

}
