package klynge.gates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * THE access policy of every handler of the application: one row per route pattern and
 * HTTP method, with what each test role may do. {@link AccessMatrixTests} enumerates
 * every handler Spring knows and fails for any without a row here, so a new endpoint
 * cannot ship unreviewed.
 * <p>
 * Levels: {@code PUBLIC} (anyone, anonymous too), {@code MEMBERS} ({@code Roles.ANY}:
 * staff and those who sit in a body — not applicants or reviewers), {@code STAFF}
 * (administrators and the secretariat), {@code ADMIN}. Per-role exceptions (e.g. a
 * service that lets only the chair approve) are spelled out with {@link Row#except}. The
 * other cluster's administrator ({@code nord}) is derived: on routes that carry Alrek ids
 * it must get 404, elsewhere what an administrator gets.
 */
final class Policy {

	enum Role {

		ANONYMOUS(null), NORD("nord"), MEDLEM("medlem"), OBSERVATOR("observator"), SEKRETARIAT("sekretariat"),
		LEDER("leder"), ADMIN("admin"), SOKER("soker"), FAGFELLE("fagfelle");

		final String username;

		Role(String username) {
			this.username = username;
		}

	}

	enum Expect {

		/**
		 * The door is open: 2xx/3xx (not to /login); for writes and token pages any
		 * non-5xx answer but 401/403.
		 */
		ALLOWED,
		/** 403, or for anonymous a redirect to /login or 401; nothing changed. */
		FORBIDDEN,
		/** 404: another cluster's ids. */
		NOT_FOUND,
		/**
		 * Open, but the page shows the user's own records only (checked by content
		 * tests).
		 */
		OWN

	}

	enum Level {

		PUBLIC, MEMBERS, STAFF, ADMIN, NOBODY

	}

	record Row(String method, String pattern, Level level, Map<Role, Expect> exceptions, boolean lenient) {

		/** A different expectation for one role than its level gives. */
		Row except(Role role, Expect expect) {
			Map<Role, Expect> copy = new EnumMap<>(Role.class);
			copy.putAll(exceptions);
			copy.put(role, expect);
			return new Row(method, pattern, level, copy, lenient);
		}

		/**
		 * Path variables that are not ids of this cluster (tokens): any non-5xx answer
		 * but 401/403 is open.
		 */
		Row asLenient() {
			return new Row(method, pattern, level, exceptions, true);
		}

		boolean hasClusterIds() {
			return pattern.contains("{") && !lenient;
		}

		Expect expect(Role role) {
			if (exceptions.containsKey(role)) {
				return exceptions.get(role);
			}
			if (role == Role.NORD && level != Level.NOBODY) {
				return hasClusterIds() ? Expect.NOT_FOUND : expect(Role.ADMIN);
			}
			boolean open = switch (level) {
				case PUBLIC -> true;
				case MEMBERS -> role != Role.ANONYMOUS && role != Role.SOKER && role != Role.FAGFELLE;
				case STAFF -> role == Role.ADMIN || role == Role.SEKRETARIAT;
				case ADMIN -> role == Role.ADMIN;
				case NOBODY -> false;
			};
			return open ? Expect.ALLOWED : Expect.FORBIDDEN;
		}
	}

	static final List<Row> ROWS = new ArrayList<>();

	private static Row row(String method, String pattern, Level level) {
		Row row = new Row(method, pattern, level, Map.of(), false);
		ROWS.add(row);
		return row;
	}

	private static void replace(Row old, Row changed) {
		ROWS.set(ROWS.indexOf(old), changed);
	}

	private static void get(String pattern, Level level) {
		row("GET", pattern, level);
	}

	private static void post(String pattern, Level level) {
		row("POST", pattern, level);
	}

	private static void put(String pattern, Level level) {
		row("PUT", pattern, level);
	}

	private static void delete(String pattern, Level level) {
		row("DELETE", pattern, level);
	}

	private static void lenient(String method, String pattern, Level level) {
		Row row = row(method, pattern, level);
		replace(row, row.asLenient());
	}

	private static void except(String method, String pattern, Level level, Object... roleExpectPairs) {
		Row row = row(method, pattern, level);
		Row changed = row;
		for (int i = 0; i < roleExpectPairs.length; i += 2) {
			changed = changed.except((Role) roleExpectPairs[i], (Expect) roleExpectPairs[i + 1]);
		}
		replace(row, changed);
	}

	static {
		Level PUBLIC = Level.PUBLIC, MEMBERS = Level.MEMBERS, STAFF = Level.STAFF, ADMIN = Level.ADMIN;

		// web: shell, theme, errors, API docs
		get("/", PUBLIC);
		get("/ping", PUBLIC);
		get("/cluster/theme.css", PUBLIC);
		lenient("GET", "/cluster/logo", PUBLIC); // 404 when the cluster has no logo
		lenient("GET", "/error", PUBLIC);
		get("/v3/api-docs", PUBLIC);
		row("GET", "/v3/api-docs.yaml", Level.NOBODY); // not declared in WebRoutes:
														// denied (the JSON is public)
		get("/v3/api-docs/swagger-config", PUBLIC);
		get("/swagger-ui.html", PUBLIC);
		get("/settings", ADMIN);
		post("/settings", ADMIN);
		// cluster.setup: first-run setup is open (the setup code is the key) until a
		// cluster exists, then 404
		// for everyone; later clusters for the installation administrator (demo: Alrek's
		// admin, not Nord's)
		lenient("GET", "/setup", PUBLIC);
		lenient("POST", "/setup", PUBLIC);
		except("GET", "/installation/clusters", ADMIN, Role.NORD, Expect.FORBIDDEN);
		except("POST", "/installation/clusters", ADMIN, Role.NORD, Expect.FORBIDDEN);

		// security: login, passwords, invitations, accounts
		lenient("GET", "/login", PUBLIC);
		lenient("GET", "/invitation/{token}", PUBLIC);
		lenient("POST", "/invitation/{token}", PUBLIC);
		lenient("GET", "/password/forgotten", PUBLIC);
		lenient("POST", "/password/forgotten", PUBLIC);
		lenient("GET", "/password/reset/{token}", PUBLIC);
		lenient("POST", "/password/reset/{token}", PUBLIC);
		get("/accounts", ADMIN);
		get("/accounts/new", ADMIN);
		post("/accounts", ADMIN);
		get("/accounts/{id}", ADMIN);
		post("/accounts/{id}", ADMIN);
		post("/accounts/{id}/enabled", ADMIN);
		post("/accounts/{id}/invitation", ADMIN);
		// security: single sign-on providers of the cluster; the page a login without an
		// account ends on
		get("/settings/sign-on", ADMIN);
		post("/settings/sign-on", ADMIN);
		get("/settings/sign-on/{id}", ADMIN);
		post("/settings/sign-on/{id}", ADMIN);
		post("/settings/sign-on/{id}/delete", ADMIN);
		post("/settings/sign-on/{id}/discovery", ADMIN);
		get("/login/sso/refused", PUBLIC);
		get("/api/v1/accounts", ADMIN);
		get("/api/v1/accounts/{id}", ADMIN);
		post("/api/v1/accounts", ADMIN);
		put("/api/v1/accounts/{id}", ADMIN);
		// security: invitations in bulk (issue 13), administrators as the single
		// invitation
		get("/accounts/invitations", ADMIN);
		post("/accounts/invitations/resend", ADMIN);
		post("/accounts/{id}/invitation/resend", ADMIN);
		post("/accounts/{id}/invitation/revoke", ADMIN);
		get("/bodies/{id}/invitations", ADMIN);
		post("/bodies/{id}/invitations", ADMIN);
		get("/api/v1/invitations", ADMIN);
		get("/api/v1/bodies/{id}/invitations", ADMIN);
		post("/api/v1/bodies/{id}/invitations", ADMIN);
		post("/api/v1/accounts/{id}/invitation", ADMIN);
		delete("/api/v1/accounts/{id}/invitation", ADMIN);

		// audit
		get("/audit", ADMIN);
		get("/audit/{id}", ADMIN);
		get("/api/v1/audit", ADMIN);
		get("/api/v1/audit/{id}", ADMIN);

		// organisation: organisations public, people for members (GDPR), changes for
		// staff
		get("/organisations", PUBLIC);
		get("/organisations/{id}", PUBLIC);
		get("/organisations/new", STAFF);
		post("/organisations", STAFF);
		get("/organisations/{id}/edit", STAFF);
		post("/organisations/{id}", STAFF);
		post("/organisations/{id}/partnerships", STAFF);
		post("/organisations/{id}/partnerships/{partnershipId}/end", STAFF);
		get("/api/v1/organisations", PUBLIC);
		get("/api/v1/organisations/{id}", PUBLIC);
		post("/api/v1/organisations", STAFF);
		put("/api/v1/organisations/{id}", STAFF);
		delete("/api/v1/organisations/{id}", STAFF);
		get("/api/v1/organisations/{id}/partnerships", PUBLIC);
		get("/api/v1/organisations/{id}/partnerships/{partnershipId}", PUBLIC);
		post("/api/v1/organisations/{id}/partnerships", STAFF);
		get("/people", MEMBERS);
		get("/people.csv", STAFF);
		get("/people/{id}", MEMBERS);
		get("/people/new", STAFF);
		post("/people", STAFF);
		get("/people/{id}/edit", STAFF);
		post("/people/{id}", STAFF);
		post("/people/{id}/affiliations", STAFF);
		// the person's own choice to show e-mail and phone (the demo id is medlem's own
		// person), or staff's
		except("POST", "/people/{id}/contact-choice", MEMBERS, Role.OBSERVATOR, Expect.FORBIDDEN, Role.LEDER,
				Expect.FORBIDDEN);
		get("/api/v1/people", MEMBERS);
		get("/api/v1/people/{id}", MEMBERS);
		get("/api/v1/people/{id}/affiliations", MEMBERS);
		post("/api/v1/people", STAFF);
		put("/api/v1/people/{id}", STAFF);
		delete("/api/v1/people/{id}", STAFF);

		// body: bodies and member tables public, a person's memberships for members,
		// changes for staff
		get("/bodies", PUBLIC);
		get("/bodies/{id}", PUBLIC);
		get("/bodies/new", STAFF);
		post("/bodies", STAFF);
		get("/bodies/{id}/edit", STAFF);
		post("/bodies/{id}", STAFF);
		get("/bodies/{id}/rename", STAFF);
		post("/bodies/{id}/names", STAFF);
		get("/bodies/{bodyId}/memberships/new", STAFF);
		post("/bodies/{bodyId}/memberships", STAFF);
		get("/bodies/{bodyId}/memberships/{id}/edit", STAFF);
		post("/bodies/{bodyId}/memberships/{id}", STAFF);
		post("/bodies/{bodyId}/memberships/{id}/end", STAFF);
		post("/bodies/{bodyId}/memberships/{id}/delete", STAFF);
		post("/bodies/{bodyId}/memberships/{id}/move", STAFF);
		get("/people/{personId}/memberships", MEMBERS);
		get("/api/v1/bodies", PUBLIC);
		get("/api/v1/bodies/{id}", PUBLIC);
		post("/api/v1/bodies", STAFF);
		put("/api/v1/bodies/{id}", STAFF);
		post("/api/v1/bodies/{id}/names", STAFF);
		get("/api/v1/bodies/{id}/members", PUBLIC);
		post("/api/v1/memberships", STAFF);
		get("/api/v1/memberships/{id}", PUBLIC);
		put("/api/v1/memberships/{id}", STAFF);
		delete("/api/v1/memberships/{id}", STAFF);

		// meeting: meetings public (filtered per viewer), planning for staff
		get("/meetings", PUBLIC);
		get("/bodies/{bodyId}/meetings", PUBLIC);
		get("/meetings/{id}", PUBLIC);
		// nord with ?bodyId= of an Alrek body gets its own cluster's empty form (the
		// foreign id is only
		// not preselected; the list offers nord's bodies, nothing of Alrek's is shown):
		// allowed.
		get("/meetings/new", STAFF);
		post("/meetings", STAFF);
		get("/meetings/{id}/edit", STAFF);
		post("/meetings/{id}", STAFF);
		post("/meetings/{id}/status", STAFF);
		post("/meetings/{id}/cancel", STAFF);
		post("/meetings/{id}/chair", STAFF);
		get("/meetings/{meetingId}/attendance/edit", STAFF);
		post("/attendance/{id}", STAFF);
		post("/meetings/{meetingId}/attendance", STAFF);
		post("/meetings/{meetingId}/guests", STAFF);
		post("/attendance/{id}/delete", STAFF);
		get("/meetings/{meetingId}/items/new", STAFF);
		post("/meetings/{meetingId}/items", STAFF);
		get("/items/{id}/edit", STAFF);
		post("/items/{id}", STAFF);
		post("/items/{id}/move", STAFF);
		get("/meetings/{meetingId}/items/order", STAFF);
		post("/meetings/{meetingId}/items/order", STAFF);
		post("/items/{id}/delete", STAFF);
		post("/items/{id}/documents", STAFF);
		post("/documents/{id}/delete", STAFF);
		// the agenda on the meeting page (issue 14): uploads, template, the body's
		// defaults; an uploaded file is served to whoever may see its item (else 404)
		post("/items/{id}/files", STAFF);
		// the demo has no uploaded file: its random id is 404 to everyone, never 401/403
		// (the file's item decides; AgendaPageTests downloads a real one by role)
		except("GET", "/item-files/{id}", PUBLIC, Role.ANONYMOUS, Expect.NOT_FOUND, Role.MEDLEM, Expect.NOT_FOUND,
				Role.OBSERVATOR, Expect.NOT_FOUND, Role.SEKRETARIAT, Expect.NOT_FOUND, Role.LEDER, Expect.NOT_FOUND,
				Role.ADMIN, Expect.NOT_FOUND, Role.SOKER, Expect.NOT_FOUND, Role.FAGFELLE, Expect.NOT_FOUND);
		post("/meetings/{meetingId}/template", STAFF);
		get("/bodies/{bodyId}/meeting-defaults", STAFF);
		post("/bodies/{bodyId}/meeting-defaults", STAFF);
		get("/api/v1/meetings", PUBLIC);
		get("/api/v1/meetings/{id}", PUBLIC);
		post("/api/v1/meetings", STAFF);
		put("/api/v1/meetings/{id}", STAFF);
		post("/api/v1/meetings/{id}/status", STAFF);
		get("/api/v1/meetings/{id}/items", PUBLIC);
		post("/api/v1/meetings/{id}/items", STAFF);
		get("/api/v1/items/{id}", PUBLIC);
		put("/api/v1/items/{id}", STAFF);
		get("/api/v1/meetings/{id}/attendance", PUBLIC);
		put("/api/v1/attendance/{id}", STAFF);

		// minutes: approved minutes and versions public; staff write; chair approves;
		// members comment
		get("/items/{itemId}/minutes/edit", STAFF);
		post("/items/{itemId}/minutes", STAFF);
		get("/meetings/{meetingId}/minutes/edit", STAFF);
		get("/meetings/{meetingId}/minutes/items/{itemId}", STAFF);
		post("/meetings/{meetingId}/minutes/items/{itemId}/followups", STAFF);
		post("/meetings/{meetingId}/minutes/items/{itemId}/referrals", STAFF);
		get("/minutes/{id}/send", STAFF);
		post("/minutes/{id}/send", STAFF);
		post("/minutes/{id}/approve", MEMBERS);
		post("/minutes/{id}/approve-by-item", STAFF);
		post("/minutes/{id}/comments", MEMBERS);
		// a comment's conversation (issue 14): the demo has no comments, so the ids are
		// fresh and the service answers 404 behind the open door
		lenient("GET", "/minutes/{id}/comments/{commentId}", MEMBERS);
		lenient("POST", "/minutes/{id}/comments/{commentId}/replies", MEMBERS);
		lenient("POST", "/minutes/{id}/comments/{commentId}/handled", STAFF);
		lenient("GET", "/minutes/{id}/comments/{commentId}/apply", STAFF);
		lenient("POST", "/minutes/{id}/comments/{commentId}/apply", STAFF);
		get("/minutes/{id}/amend", STAFF);
		post("/minutes/{id}/amend", STAFF);
		get("/minutes/{id}/versions", PUBLIC);
		get("/minutes/{id}/versions/{number}", PUBLIC);
		get("/minutes/{id}/versions/compare", PUBLIC);
		get("/minutes/unresolved-references", STAFF);
		get("/api/v1/meetings/{meetingId}/minutes", PUBLIC);
		put("/api/v1/items/{itemId}/minutes", STAFF);
		post("/api/v1/minutes/{id}/send", STAFF);
		post("/api/v1/minutes/{id}/approve", MEMBERS);
		post("/api/v1/minutes/{id}/amend", STAFF);
		get("/api/v1/minutes/{id}/versions", PUBLIC);
		get("/api/v1/minutes/{id}/versions/{number}", PUBLIC);

		// followup: my follow-ups for members (own only), the rest for staff
		row("GET", "/followups/mine", MEMBERS);
		get("/followups", STAFF);
		get("/items/{itemId}/followups/new", STAFF);
		post("/items/{itemId}/followups", STAFF);
		get("/followups/{id}/edit", STAFF);
		post("/followups/{id}", STAFF);
		post("/followups/{id}/status", STAFF);
		post("/followups/{id}/own-status", MEMBERS);
		get("/api/v1/followups", MEMBERS);
		get("/api/v1/followups/{id}", MEMBERS);
		post("/api/v1/followups", STAFF);
		put("/api/v1/followups/{id}", STAFF);

		// anchoring (issue 15): the overview and tracking for staff and the chair; the
		// link
		// and the answer for the partner's representative only (demo: leder answers for
		// UiB), anyone else 403, Nord 404; "mine" lists the caller's own requests
		except("GET", "/anchoring", STAFF, Role.LEDER, Expect.ALLOWED);
		except("GET", "/anchoring/mine", MEMBERS, Role.SOKER, Expect.OWN, Role.FAGFELLE, Expect.OWN);
		except("GET", "/anchoring/{id}", STAFF, Role.LEDER, Expect.ALLOWED);
		post("/anchoring/{id}/reminders", STAFF);
		post("/anchoring/request/{id}/representative", STAFF);
		post("/anchoring/request/{id}/withdraw", STAFF);
		Row link = row("GET", "/anchoring/link/{token}", MEMBERS);
		replace(link, link.except(Role.SOKER, Expect.ALLOWED).except(Role.FAGFELLE, Expect.ALLOWED).asLenient());
		except("GET", "/anchoring/request/{id}", Level.NOBODY, Role.LEDER, Expect.ALLOWED, Role.NORD, Expect.NOT_FOUND);
		except("POST", "/anchoring/request/{id}/answer", Level.NOBODY, Role.LEDER, Expect.ALLOWED, Role.NORD,
				Expect.NOT_FOUND);
		except("GET", "/api/v1/anchoring", STAFF, Role.LEDER, Expect.ALLOWED);
		except("GET", "/api/v1/anchoring/mine", MEMBERS, Role.SOKER, Expect.OWN, Role.FAGFELLE, Expect.OWN);
		except("GET", "/api/v1/anchoring/{id}", STAFF, Role.LEDER, Expect.ALLOWED);
		except("POST", "/api/v1/anchoring/request/{id}/answer", Level.NOBODY, Role.LEDER, Expect.ALLOWED, Role.NORD,
				Expect.NOT_FOUND);
		post("/api/v1/anchoring/{id}/reminders", STAFF);

		// casefile: cases public, backlog for members, cases and referrals for staff
		get("/cases", PUBLIC);
		get("/cases/{id}", PUBLIC);
		get("/bodies/{bodyId}/backlog", MEMBERS);
		get("/bodies/{bodyId}/backlog/propose", MEMBERS);
		post("/bodies/{bodyId}/backlog/propose", MEMBERS);
		post("/bodies/{bodyId}/backlog/pull", STAFF);
		post("/bodies/{bodyId}/backlog/dismiss", STAFF);
		get("/items/{itemId}/case", STAFF);
		post("/items/{itemId}/case", STAFF);
		get("/items/{itemId}/referrals/new", STAFF);
		post("/items/{itemId}/referrals", STAFF);
		get("/api/v1/cases", PUBLIC);
		get("/api/v1/cases/{id}", PUBLIC);
		post("/api/v1/cases", STAFF);
		post("/api/v1/cases/{id}/items", STAFF);
		post("/api/v1/referrals", STAFF);
		get("/api/v1/referrals/{id}", STAFF);
		get("/api/v1/bodies/{bodyId}/backlog", MEMBERS);
		post("/api/v1/bodies/{bodyId}/backlog", MEMBERS);
		post("/api/v1/bodies/{bodyId}/backlog/pull", STAFF);

		// document: downloads filtered for the viewer, like the meeting page; imports for
		// staff
		get("/meetings/{id}/minutes.pdf", PUBLIC);
		get("/meetings/{id}/minutes.docx", PUBLIC);
		get("/meetings/{id}/summons.pdf", PUBLIC);
		get("/meetings/{id}/summons.docx", PUBLIC);
		get("/imports", STAFF);
		post("/imports", STAFF);
		lenient("GET", "/imports/{id}", STAFF);
		lenient("POST", "/imports/{id}/commit", STAFF);
		lenient("GET", "/imports/{id}/progress", STAFF);
		post("/api/v1/imports", STAFF);
		lenient("GET", "/api/v1/imports/{id}", STAFF);
		lenient("POST", "/api/v1/imports/{id}/commit", STAFF);

		// spreadsheet: lists loaded by administrators; templates and exports (personal
		// data) for staff
		get("/spreadsheets", STAFF);
		post("/spreadsheets/preview", ADMIN);
		post("/spreadsheets/commit", ADMIN);
		get("/spreadsheets/template.xlsx", STAFF);
		get("/spreadsheets/template.csv", STAFF);
		get("/spreadsheets/export.xlsx", STAFF);
		get("/spreadsheets/export.csv", STAFF);
		post("/api/v1/spreadsheets/preview", ADMIN);
		post("/api/v1/spreadsheets/commit", ADMIN);

		// budget: the cluster's own people read (members and observers adopted budgets
		// only, the service filters); the secretariat and administrators change
		get("/budgets", MEMBERS);
		get("/budgets/{id}", MEMBERS);
		get("/budgets/{id}/follow-up", MEMBERS);
		get("/budgets/{id}/export.csv", MEMBERS);
		get("/budgets/{id}/export.xlsx", MEMBERS);
		post("/budgets", STAFF);
		post("/budgets/{id}/settings", STAFF);
		post("/budgets/{id}/lines", STAFF);
		post("/budgets/{id}/lines/{lineId}", STAFF);
		post("/budgets/{id}/lines/{lineId}/delete", STAFF);
		post("/budgets/{id}/alternatives", STAFF);
		post("/budgets/{id}/alternatives/{alternativeId}", STAFF);
		post("/budgets/{id}/alternatives/{alternativeId}/delete", STAFF);
		post("/budgets/{id}/partners", STAFF);
		post("/budgets/{id}/partners/{partnerId}", STAFF);
		post("/budgets/{id}/partners/{partnerId}/delete", STAFF);
		post("/budgets/{id}/agenda", STAFF);
		post("/budgets/{id}/adopt", STAFF);
		post("/budgets/{id}/anchoring", STAFF);
		post("/budgets/{id}/invoices/{partnerId}", STAFF);
		post("/budgets/{id}/actuals/{lineId}", STAFF);
		get("/api/v1/budgets", MEMBERS);
		get("/api/v1/budgets/{id}", MEMBERS);
		post("/api/v1/budgets", STAFF);
		post("/api/v1/budgets/{id}/lines", STAFF);
		put("/api/v1/budgets/{id}/lines/{lineId}", STAFF);
		post("/api/v1/budgets/{id}/alternatives", STAFF);
		put("/api/v1/budgets/{id}/alternatives/{alternativeId}", STAFF);
		post("/api/v1/budgets/{id}/agenda", STAFF);
		post("/api/v1/budgets/{id}/adoption", STAFF);
		put("/api/v1/budgets/{id}/invoices/{partnerId}", STAFF);
		put("/api/v1/budgets/{id}/actuals/{lineId}", STAFF);

		// notification: public ICS, personal feed by secret token, the outbox for staff
		get("/meetings/{id}.ics", PUBLIC);
		lenient("GET", "/calendar/feed/{token}.ics", PUBLIC);
		get("/calendar", MEMBERS);
		post("/calendar/token", MEMBERS);
		post("/calendar/token/revoke", MEMBERS);
		get("/mail/outbox", STAFF);
		lenient("POST", "/mail/outbox/{id}/retry", STAFF);
		lenient("GET", "/mail/outbox/{id}/attachments/{attachmentId}", STAFF);

		// funding.review (issue 15): reviewers (the REVIEWER flag) and the cluster's own
		// people pass the door; an application opens only to its assigned, unrecused
		// reviewer (demo 0402: fagfelle and leder), anyone else gets 404; the committee's
		// page is for staff and the committee (leder chairs it), a member gets 403
		except("GET", "/funding/review", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		except("GET", "/api/v1/funding/review/assignments", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		for (String sheet : List.of("/funding/review/{applicationId}", "/api/v1/funding/review/{applicationId}",
				"/api/v1/funding/review/{applicationId}/scores")) {
			except("GET", sheet, MEMBERS, Role.FAGFELLE, Expect.ALLOWED, Role.MEDLEM, Expect.NOT_FOUND, Role.OBSERVATOR,
					Expect.NOT_FOUND, Role.SEKRETARIAT, Expect.NOT_FOUND, Role.ADMIN, Expect.NOT_FOUND);
		}
		Row attachment = row("GET", "/funding/review/{applicationId}/attachments/{attachmentId}", MEMBERS);
		replace(attachment, attachment.asLenient().except(Role.FAGFELLE, Expect.ALLOWED));
		except("POST", "/funding/review/{applicationId}/scores", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		except("POST", "/funding/review/{applicationId}/conflict", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		except("PUT", "/api/v1/funding/review/{applicationId}/scores", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		except("POST", "/api/v1/funding/review/{applicationId}/submit", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		except("POST", "/api/v1/funding/review/{applicationId}/conflicts", MEMBERS, Role.FAGFELLE, Expect.ALLOWED);
		except("GET", "/funding/review-calls/{callId}", STAFF, Role.LEDER, Expect.ALLOWED);
		except("GET", "/api/v1/funding/review-calls/{callId}/assignments", STAFF, Role.LEDER, Expect.ALLOWED);
		except("GET", "/api/v1/funding/review-calls/{callId}/conflicts", STAFF, Role.LEDER, Expect.ALLOWED);
		except("GET", "/api/v1/funding/review-calls/{callId}/ranking", STAFF, Role.LEDER, Expect.ALLOWED);
		except("POST", "/funding/review-calls/{callId}/assignments", STAFF, Role.LEDER, Expect.ALLOWED);
		except("POST", "/funding/review-calls/{callId}/proposal", STAFF, Role.LEDER, Expect.ALLOWED);
		except("POST", "/api/v1/funding/review-calls/{callId}/assignments", STAFF, Role.LEDER, Expect.ALLOWED);
		except("POST", "/api/v1/funding/review-calls/{callId}/proposal", STAFF, Role.LEDER, Expect.ALLOWED);
		// funding: funds for the cluster's people (staff edit); calls public once
		// published
		// (drafts for the cluster's people, the service decides who drafts and comments);
		// applications for applicants (their own) and staff; registration for anyone
		get("/funds", MEMBERS);
		get("/funds/new", STAFF);
		post("/funds", STAFF);
		get("/funds/{id}/edit", STAFF);
		post("/funds/{id}", STAFF);
		get("/open-calls", PUBLIC);
		get("/open-calls/feed.atom", PUBLIC);
		get("/calls", MEMBERS);
		get("/calls/new", MEMBERS);
		post("/calls", MEMBERS);
		get("/calls/{id}", PUBLIC);
		get("/calls/{id}/edit", MEMBERS);
		post("/calls/{id}", MEMBERS);
		post("/calls/{id}/sections", MEMBERS);
		post("/calls/{id}/sections/{sectionId}", MEMBERS);
		post("/calls/{id}/sections/{sectionId}/comments", MEMBERS);
		get("/calls/{id}/sections/{sectionId}/versions", MEMBERS);
		post("/calls/{id}/criteria", MEMBERS);
		post("/calls/{id}/criteria/{criterionId}/delete", MEMBERS);
		post("/calls/{id}/status", MEMBERS);
		get("/calls/{id}/applications", STAFF);
		except("POST", "/calls/{id}/applications", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("GET", "/applications/mine", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("GET", "/applications/{id}", STAFF, Role.SOKER, Expect.ALLOWED);
		except("GET", "/applications/{id}/files/{fileId}", STAFF, Role.SOKER, Expect.ALLOWED);
		except("POST", "/applications/{id}", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("POST", "/applications/{id}/submit", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("POST", "/applications/{id}/files", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("POST", "/applications/{id}/files/{fileId}/delete", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		get("/register", PUBLIC);
		post("/register", PUBLIC);
		lenient("GET", "/register/confirm/{token}", PUBLIC);
		lenient("POST", "/register/confirm/{token}", PUBLIC);
		get("/api/v1/funds", MEMBERS);
		get("/api/v1/funds/{id}", MEMBERS);
		get("/api/v1/calls", PUBLIC);
		get("/api/v1/calls/{id}", PUBLIC);
		post("/api/v1/calls/{id}/status", MEMBERS);
		except("GET", "/api/v1/applications", STAFF, Role.SOKER, Expect.ALLOWED);
		except("GET", "/api/v1/applications/{id}", STAFF, Role.SOKER, Expect.ALLOWED);
		except("GET", "/api/v1/applications/{id}/files/{fileId}", STAFF, Role.SOKER, Expect.ALLOWED);
		except("POST", "/api/v1/applications", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("PUT", "/api/v1/applications/{id}", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("POST", "/api/v1/applications/{id}/submit", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("GET", "/api/v1/funding/review-calls/{callId}/awards", STAFF, Role.LEDER, Expect.ALLOWED);
		put("/api/v1/funding/review-calls/{callId}/awards", STAFF);
		// funding awards (issue 15, req. 8): the awards page for staff and the committee
		// (leder chairs it; a member who does not sit on it gets 403); saving, deciding
		// and the letters for staff; the public list for anyone (a year without awards,
		// such as Alrek's years for Nord, is 404)
		except("GET", "/funding/review-calls/{callId}/awards", STAFF, Role.LEDER, Expect.ALLOWED);
		post("/funding/review-calls/{callId}/awards", STAFF);
		post("/funding/review-calls/{callId}/awards/sum", STAFF);
		post("/funding/review-calls/{callId}/decided", STAFF);
		get("/funding/review-calls/{callId}/letters", STAFF);
		post("/funding/review-calls/{callId}/letters", STAFF);
		get("/api/v1/funding/review-calls/{callId}/letters", STAFF);
		post("/api/v1/funding/review-calls/{callId}/letters", STAFF);
		get("/tildelinger", PUBLIC);
		get("/tildelinger/{year}", PUBLIC);
		get("/api/v1/awards", PUBLIC);

		// funding.leverage (issue 15, req 9): the dashboard for staff and the funding
		// bodies
		// (observator sits in the deciding body, leder chairs the committee, medlem in
		// neither: 403); a project's follow-on funding also for its applicant (soker's
		// project 01), recorded by staff and that applicant, deleted by staff; the public
		// summary for anyone while switched on (Alrek's demo: on; Nord's: off, 404)
		except("GET", "/virkning", MEMBERS, Role.MEDLEM, Expect.FORBIDDEN);
		except("GET", "/api/v1/leverage", MEMBERS, Role.MEDLEM, Expect.FORBIDDEN);
		except("GET", "/virkning/offentlig", PUBLIC, Role.NORD, Expect.NOT_FOUND);
		except("GET", "/api/v1/leverage/public", PUBLIC, Role.NORD, Expect.NOT_FOUND);
		post("/virkning/innstillinger", STAFF);
		put("/api/v1/leverage/settings", STAFF);
		except("GET", "/virkning/prosjekt/{awardId}", MEMBERS, Role.MEDLEM, Expect.FORBIDDEN, Role.SOKER,
				Expect.ALLOWED);
		except("GET", "/api/v1/projects/{awardId}/follow-on", MEMBERS, Role.MEDLEM, Expect.FORBIDDEN, Role.SOKER,
				Expect.ALLOWED);
		except("POST", "/virkning/prosjekt/{awardId}", STAFF, Role.SOKER, Expect.ALLOWED);
		except("POST", "/virkning/prosjekt/{awardId}/videre/{followOnId}", STAFF, Role.SOKER, Expect.ALLOWED);
		post("/virkning/prosjekt/{awardId}/videre/{followOnId}/slett", STAFF);
		except("POST", "/api/v1/projects/{awardId}/follow-on", STAFF, Role.SOKER, Expect.ALLOWED);
		except("PUT", "/api/v1/projects/{awardId}/follow-on/{followOnId}", STAFF, Role.SOKER, Expect.ALLOWED);
		delete("/api/v1/projects/{awardId}/follow-on/{followOnId}", STAFF);

		// archive: the per-cluster export
		get("/api/v1/export", ADMIN);
		get("/settings/export", ADMIN);
		get("/settings/export/download", ADMIN);

		// funding.project (issue 15, req. 8): a project (an award) is read by its
		// applicant
		// (demo project 01: soker), staff, and the call's review committee (leder) and
		// deciding body (observator sits in Styringsgruppen); anyone else of the cluster
		// gets 404. The applicant submits reports; staff approve, return and move due
		// dates.
		except("GET", "/prosjekter", MEMBERS, Role.SOKER, Expect.OWN);
		except("GET", "/api/v1/projects", MEMBERS, Role.SOKER, Expect.OWN);
		for (String project : List.of("/prosjekter/{id}", "/prosjekter/{id}/vedlegg/{fileId}", "/api/v1/projects/{id}",
				"/api/v1/projects/{id}/reports", "/api/v1/projects/{id}/report-files/{fileId}")) {
			except("GET", project, STAFF, Role.SOKER, Expect.ALLOWED, Role.LEDER, Expect.ALLOWED, Role.OBSERVATOR,
					Expect.ALLOWED, Role.MEDLEM, Expect.NOT_FOUND);
		}
		except("POST", "/prosjekter/{id}/rapporter/{reportId}", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		except("POST", "/api/v1/projects/{id}/reports/{reportId}/submit", Level.NOBODY, Role.SOKER, Expect.ALLOWED);
		post("/prosjekter/{id}/rapporter/{reportId}/godkjenn", STAFF);
		post("/prosjekter/{id}/rapporter/{reportId}/returner", STAFF);
		post("/prosjekter/{id}/rapporter/{reportId}/frist", STAFF);
		post("/api/v1/projects/{id}/reports/{reportId}/approve", STAFF);
		post("/api/v1/projects/{id}/reports/{reportId}/return", STAFF);
		put("/api/v1/projects/{id}/reports/{reportId}/due", STAFF);
		post("/prosjekter/utlysninger/{callId}/frister", STAFF);
		put("/api/v1/projects/calls/{callId}/due-dates", STAFF);
		// poll (issue 16): date polls are made, sent, followed and closed by staff; the
		// answer page is reached by its personal link (the token is the key) without an
		// account
		get("/polls", STAFF);
		get("/polls/new", STAFF);
		get("/polls/{id}", STAFF);
		post("/polls", STAFF);
		post("/polls/{id}/options", STAFF);
		post("/polls/{id}/options/{optionId}/delete", STAFF);
		post("/polls/{id}/invitees", STAFF);
		post("/polls/{id}/invitees/{inviteeId}/delete", STAFF);
		post("/polls/{id}/invitations", STAFF);
		post("/polls/{id}/reminders", STAFF);
		post("/polls/{id}/close", STAFF);
		lenient("GET", "/polls/answer/{token}", PUBLIC);
		lenient("POST", "/polls/answer/{token}", PUBLIC);
		get("/api/v1/polls", STAFF);
		post("/api/v1/polls", STAFF);
		get("/api/v1/polls/{id}", STAFF);
		get("/api/v1/polls/{id}/results", STAFF);
		post("/api/v1/polls/{id}/options", STAFF);
		post("/api/v1/polls/{id}/invitees", STAFF);
		post("/api/v1/polls/{id}/invitations", STAFF);
		post("/api/v1/polls/{id}/reminders", STAFF);
		post("/api/v1/polls/{id}/close", STAFF);
		delete("/api/v1/polls/{id}/options/{optionId}", STAFF);
		delete("/api/v1/polls/{id}/invitees/{inviteeId}", STAFF);
		// event (issue 16): the event pages, registering and cancelling by the personal
		// link for anyone (drafts are 404 but to staff); editing, the participants and
		// check-in for staff
		get("/arrangementer", PUBLIC);
		get("/arrangementer/{slug}", PUBLIC);
		post("/arrangementer/{slug}/pamelding", PUBLIC);
		lenient("GET", "/arrangementer/avmelding/{token}", PUBLIC);
		lenient("POST", "/arrangementer/avmelding/{token}", PUBLIC);
		get("/events", STAFF);
		get("/events/new", STAFF);
		post("/events", STAFF);
		get("/events/{id}", STAFF);
		post("/events/{id}", STAFF);
		post("/events/{id}/days", STAFF);
		post("/events/{id}/days/{dayId}/delete", STAFF);
		post("/events/{id}/sessions", STAFF);
		post("/events/{id}/sessions/{sessionId}", STAFF);
		post("/events/{id}/sessions/{sessionId}/delete", STAFF);
		post("/events/{id}/questions", STAFF);
		post("/events/{id}/questions/{questionId}/delete", STAFF);
		post("/events/{id}/organisers", STAFF);
		post("/events/{id}/organisers/{organiserId}/delete", STAFF);
		get("/events/{id}/participants", STAFF);
		get("/events/{id}/participants.csv", STAFF);
		get("/events/{id}/participants.xlsx", STAFF);
		get("/events/{id}/check-in", STAFF);
		post("/events/{id}/check-in/{registrationId}", STAFF);
		get("/api/v1/events", PUBLIC);
		get("/api/v1/events/{id}", PUBLIC);
		get("/api/v1/events/{id}/registrations", STAFF);
		// ideabank (issue 16): the idea bank, the call's submission form and the status
		// link for anyone (the service shows published posters only); calls, submissions,
		// decisions, slots, publishing and thesis ideas for staff
		get("/idebank", PUBLIC);
		get("/idebank/oppgaveideer", PUBLIC);
		get("/idebank/poster/{id}", PUBLIC);
		get("/idebank/poster/{id}/pdf", PUBLIC);
		get("/idebank/innsending/{slug}", PUBLIC);
		post("/idebank/innsending/{slug}", PUBLIC);
		lenient("GET", "/idebank/status/{token}", PUBLIC);
		get("/ideabank", STAFF);
		post("/ideabank/cfp", STAFF);
		get("/ideabank/cfp/{id}", STAFF);
		post("/ideabank/cfp/{id}", STAFF);
		post("/ideabank/cfp/{id}/publish", STAFF);
		get("/ideabank/submissions/{id}", STAFF);
		get("/ideabank/submissions/{id}/pdf", STAFF);
		post("/ideabank/submissions/{id}/decision", STAFF);
		post("/ideabank/submissions/{id}/slot", STAFF);
		post("/ideabank/ideas", STAFF);
		post("/ideabank/ideas/{id}/delete", STAFF);
		get("/api/v1/ideabank/posters", PUBLIC);
		get("/api/v1/ideabank/posters/{id}", PUBLIC);
		get("/api/v1/ideabank/posters/{id}/pdf", PUBLIC);
		get("/api/v1/ideabank/ideas", PUBLIC);
		// userpanel (issue 16): the public page and the reading API for anyone (names and
		// organisations, no contact data, no notes); the staff pages and every write for
		// staff
		get("/brukerpanelet", PUBLIC);
		get("/brukerpanel", STAFF);
		post("/brukerpanel/perioder", STAFF);
		get("/brukerpanel/perioder/{id}", STAFF);
		post("/brukerpanel/perioder/{id}", STAFF);
		post("/brukerpanel/perioder/{id}/slett", STAFF);
		post("/brukerpanel/oppdrag", STAFF);
		get("/brukerpanel/oppdrag/{id}", STAFF);
		post("/brukerpanel/oppdrag/{id}", STAFF);
		post("/brukerpanel/oppdrag/{id}/status", STAFF);
		post("/brukerpanel/oppdrag/{id}/slett", STAFF);
		get("/api/v1/user-panel", PUBLIC);
		get("/api/v1/user-panel/periods/{id}", PUBLIC);
		get("/api/v1/user-panel/assignments", PUBLIC);
		post("/api/v1/user-panel/periods", STAFF);
		post("/api/v1/user-panel/assignments", STAFF);
		post("/api/v1/user-panel/assignments/{id}/status", STAFF);
		// collaboration (issue 16): the public page and API for anyone (the service shows
		// the public only public partners, never the contact); keeping partners for staff
		get("/samarbeidspartnere", PUBLIC);
		get("/samarbeidspartnere/admin", STAFF);
		get("/samarbeidspartnere/admin/ny", STAFF);
		post("/samarbeidspartnere/admin", STAFF);
		get("/samarbeidspartnere/admin/{id}", STAFF);
		post("/samarbeidspartnere/admin/{id}", STAFF);
		post("/samarbeidspartnere/admin/{id}/status", STAFF);
		post("/samarbeidspartnere/admin/{id}/saker", STAFF);
		post("/samarbeidspartnere/admin/{id}/saker/{decisionId}/slett", STAFF);
		post("/samarbeidspartnere/admin/{id}/arrangement", STAFF);
		post("/samarbeidspartnere/admin/{id}/arrangement/{linkId}/slett", STAFF);
		get("/api/v1/collaboration-partners", PUBLIC);
		get("/api/v1/collaboration-partners/{id}", PUBLIC);
		// strategy (issue 16): the strategy page, a goal's history and the API for anyone
		// (drafts are 404 but to staff); editing the strategy, its lights and inputs for
		// staff
		get("/strategi", PUBLIC);
		get("/strategi/mal/{id}", PUBLIC);
		get("/strategi/admin", STAFF);
		post("/strategi/admin", STAFF);
		get("/strategi/admin/{id}", STAFF);
		post("/strategi/admin/{id}", STAFF);
		post("/strategi/admin/{id}/fokusomrader", STAFF);
		post("/strategi/admin/fokusomrader/{id}", STAFF);
		post("/strategi/admin/fokusomrader/{id}/mal", STAFF);
		post("/strategi/admin/mal/{id}", STAFF);
		post("/strategi/admin/mal/{id}/lys", STAFF);
		post("/strategi/admin/{id}/innspill", STAFF);
		post("/strategi/admin/innspill/{id}", STAFF);
		get("/api/v1/strategy", PUBLIC);
		get("/api/v1/strategy/goals/{id}/history", PUBLIC);
		// appointment (issue 16): positions, terms and processes are kept by staff; who
		// holds which position today is public (name, position, term)
		get("/verv", STAFF);
		get("/verv/new", STAFF);
		post("/verv", STAFF);
		get("/verv/{id}", STAFF);
		post("/verv/{id}/terms", STAFF);
		post("/verv/{id}/prosesser", STAFF);
		post("/verv/{id}/prosesser/{processId}/steg", STAFF);
		get("/vervinnehavere", PUBLIC);
		get("/api/v1/appointments", STAFF);
		post("/api/v1/appointments", STAFF);
		get("/api/v1/appointments/holders", PUBLIC);
		get("/api/v1/appointments/{id}", STAFF);
		post("/api/v1/appointments/{id}/terms", STAFF);
		post("/api/v1/appointments/{id}/processes", STAFF);
		post("/api/v1/appointments/{id}/processes/{processId}/steps", STAFF);
		// annualreport (issue 16 req 8): reports are made, edited, sent and exported by
		// staff; a published report and its PDF are public. The year is no id of Alrek's:
		// the other cluster's administrator generates its own year's report.
		get("/arsmelding", STAFF);
		post("/arsmelding", STAFF);
		except("POST", "/arsmelding/{year}/generer", STAFF, Role.NORD, Expect.ALLOWED);
		get("/arsmelding/{year}/rediger", STAFF);
		post("/arsmelding/{year}/rediger", STAFF);
		post("/arsmelding/{year}/send", STAFF);
		post("/arsmelding/{year}/utfall", STAFF);
		post("/arsmelding/{year}/publiser", STAFF);
		post("/arsmelding/{year}/eksport", STAFF);
		get("/arsmelding/eksport/{id}", STAFF);
		get("/arsmelding/eksport/{id}/fil", STAFF);
		get("/arsmelding/{year}", PUBLIC);
		get("/arsmelding/{year}/pdf", PUBLIC);
		get("/api/v1/annual-reports", STAFF);
		get("/api/v1/annual-reports/{year}", STAFF);
		post("/api/v1/annual-reports/{year}/exports", STAFF);
		get("/api/v1/annual-reports/exports/{id}", STAFF);
		get("/api/v1/annual-reports/exports/{id}/file", STAFF);
		// search (issue 17): open to everyone, each hit checked against the reader's
		// access;
		// rebuilding the index is for administrators
		get("/sok", PUBLIC);
		get("/api/v1/search", PUBLIC);
		post("/sok/indeks", ADMIN);
		// publication feeds (issue 17 req 3): Atom feeds, the sitemap and robots.txt are
		// for
		// everyone; they show only what an anonymous reader may read
		get("/feed/protokoller.atom", PUBLIC);
		get("/feed/vedtak.atom", PUBLIC);
		get("/feed/utlysninger.atom", PUBLIC);
		get("/feed/arrangementer.atom", PUBLIC);
		get("/sitemap.xml", PUBLIC);
		get("/robots.txt", PUBLIC);
		// publication (issue 17): the public journal, read as anonymous whoever asks
		get("/offentlig", PUBLIC);
		get("/offentlig/vedtak", PUBLIC);
		get("/offentlig/{body}", PUBLIC);
		get("/offentlig/{body}/{date}", PUBLIC);
		// archive: the Noark 5 arkivuttrekk (issue 17 req 4) holds exempt content too;
		// administrators only, the other cluster's administrator gets 404 for Alrek's job
		get("/settings/noark", ADMIN);
		post("/settings/noark", ADMIN);
		get("/settings/noark/{id}", ADMIN);
		get("/settings/noark/{id}/fil", ADMIN);
		post("/api/v1/noark", ADMIN);
		get("/api/v1/noark/{id}", ADMIN);
		get("/api/v1/noark/{id}/file", ADMIN);
	}

	static Optional<Row> find(String method, String pattern) {
		return ROWS.stream().filter(row -> row.method().equals(method) && row.pattern().equals(pattern)).findFirst();
	}

	private Policy() {
	}

}
