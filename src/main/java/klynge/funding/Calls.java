package klynge.funding;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.BodyType;
import klynge.cluster.CurrentCluster;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications: drafted by a review committee, commented on per section by the
 * deciding body's members (every saved text is kept as a version), adopted by a vedtak
 * (an agenda item), published, closed and decided. A call one may not see is "not found".
 */
@Service
public class Calls {

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	private final CallRows rows;

	private final CallAccess access;

	private final Funds funds;

	private final BodyDirectory bodies;

	private final FundingClock clock;

	Calls(JdbcClient jdbc, CurrentCluster cluster, CallRows rows, CallAccess access, Funds funds, BodyDirectory bodies,
			FundingClock clock) {
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.rows = rows;
		this.access = access;
		this.funds = funds;
		this.bodies = bodies;
		this.clock = clock;
	}

	/** The calls the current user may see, newest first. */
	public List<FundingCall> list() {
		return rows.all(cluster.id()).stream().filter(access::maySee).toList();
	}

	/** Published calls still open for applications: the public page and the feed. */
	public List<FundingCall> published() {
		return rows.all(cluster.id()).stream().filter(call -> call.status() == CallStatus.PUBLISHED).toList();
	}

	public FundingCall get(UUID id) {
		return rows.find(cluster.id(), id).filter(access::maySee).orElseThrow(() -> new NotFoundException("call", id));
	}

	/**
	 * A call whatever its status, for the application of a call the applicant already
	 * has.
	 */
	FundingCall anyStatus(UUID id) {
		return rows.find(cluster.id(), id).orElseThrow(() -> new NotFoundException("call", id));
	}

	public boolean mayManage(FundingCall call) {
		return access.mayManage(call);
	}

	public boolean mayComment(FundingCall call) {
		return access.mayComment(call);
	}

	public List<CallSection> sections(UUID callId) {
		get(callId);
		return rows.sections(cluster.id(), callId);
	}

	public List<Criterion> criteria(UUID callId) {
		get(callId);
		return rows.criteria(cluster.id(), callId);
	}

	/** The comments of the round: for the cluster's own people only, never the public. */
	public List<CallComment> comments(UUID callId) {
		FundingCall call = get(callId);
		return access.isInsider() || access.mayManage(call) ? rows.comments(cluster.id(), callId) : List.of();
	}

	public List<SectionVersion> versions(UUID sectionId) {
		CallSection section = section(sectionId);
		FundingCall call = get(section.callId());
		if (!call.status().isPublic() && !access.isInsider()) {
			throw new NotFoundException("section", sectionId);
		}
		return rows.versions(cluster.id(), sectionId);
	}

	public CallSection section(UUID sectionId) {
		CallSection section = rows.section(cluster.id(), sectionId)
			.orElseThrow(() -> new NotFoundException("section", sectionId));
		get(section.callId());
		return section;
	}

	/** The review committees a call may be drafted by, and the bodies that may decide. */
	public List<BodySummary> committees() {
		return bodies.bodies(cluster.id()).stream().filter(body -> body.type() == BodyType.REVIEW_COMMITTEE).toList();
	}

	public List<BodySummary> bodies() {
		return bodies.bodies(cluster.id()).stream().filter(body -> body.dissolvedOn() == null).toList();
	}

	@Transactional
	public UUID create(CallForm form) {
		if (!access.mayManageAny()) {
			throw new NotFoundException("call", null);
		}
		funds.get(form.fundId());
		checkBodies(form);
		UUID id = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, committee_body_id, deciding_body_id, deadline,
				       max_per_application, municipal_partner_required, buyout_max_amount, buyout_max_share)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(cluster.id(), form.fundId(), form.title(), form.committeeBodyId(), form.decidingBodyId(),
					timestamp(form.deadlineInstant()), form.maxPerApplication(), form.municipal(),
					form.buyoutMaxAmount(), form.buyoutMaxShare())
			.query(UUID.class)
			.single();
		rows.replaceEligible(cluster.id(), id, new HashSet<>(form.eligibleOrganisationIds()));
		return id;
	}

	@Transactional
	public void update(UUID id, CallForm form, int version) {
		FundingCall call = editable(id);
		funds.get(form.fundId());
		checkBodies(form);
		int changed = jdbc.sql("""
				update funding_call set fund_id = ?, title = ?, committee_body_id = ?, deciding_body_id = ?,
				       deadline = ?, max_per_application = ?, municipal_partner_required = ?, buyout_max_amount = ?,
				       buyout_max_share = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(form.fundId(), form.title(), form.committeeBodyId(), form.decidingBodyId(),
					timestamp(form.deadlineInstant()), form.maxPerApplication(), form.municipal(),
					form.buyoutMaxAmount(), form.buyoutMaxShare(), cluster.id(), id, version)
			.update();
		if (changed == 0) {
			throw new EditConflict("call", id, call.version());
		}
		rows.replaceEligible(cluster.id(), id, new HashSet<>(form.eligibleOrganisationIds()));
	}

	private void checkBodies(CallForm form) {
		if (committees().stream().noneMatch(body -> body.id().equals(form.committeeBodyId()))) {
			throw new RuleViolation("committeeBodyId", "funding.call.rule.committee");
		}
		if (form.decidingBodyId() != null && bodies.body(cluster.id(), form.decidingBodyId()).isEmpty()) {
			throw new RuleViolation("decidingBodyId", "funding.call.rule.decidingBody");
		}
	}

	private FundingCall editable(UUID id) {
		FundingCall call = get(id);
		if (!access.mayManage(call)) {
			throw new NotFoundException("call", id);
		}
		if (!call.status().isEditable()) {
			throw new RuleViolation(null, "funding.call.rule.locked");
		}
		return call;
	}

	@Transactional
	public UUID addSection(UUID callId, String heading, String body) {
		editable(callId);
		String title = requireHeading(heading);
		String text = body == null ? "" : body.strip();
		UUID id = jdbc.sql("""
				insert into call_section (cluster_id, call_id, position, heading, body)
				select ?, ?, coalesce(max(position), 0) + 1, ?, ? from call_section where cluster_id = ? and call_id = ?
				returning id""")
			.params(cluster.id(), callId, title, text, cluster.id(), callId)
			.query(UUID.class)
			.single();
		rows.keepVersion(cluster.id(), id, title, text, access.actor());
		return id;
	}

	/** Saves a section's text; a changed text is kept as the next version. */
	@Transactional
	public void saveSection(UUID sectionId, String heading, String body, int version) {
		CallSection section = section(sectionId);
		editable(section.callId());
		String title = requireHeading(heading);
		String text = body == null ? "" : body.strip();
		if (text.length() > 20000) {
			throw new RuleViolation("body", "funding.section.rule.tooLong", 20000);
		}
		if (title.equals(section.heading()) && text.equals(section.body())) {
			return;
		}
		int changed = jdbc
			.sql("update call_section set heading = ?, body = ?, version = version + 1 "
					+ "where cluster_id = ? and id = ? and version = ?")
			.params(title, text, cluster.id(), sectionId, version)
			.update();
		if (changed == 0) {
			throw new EditConflict("section", sectionId, section.version());
		}
		rows.keepVersion(cluster.id(), sectionId, title, text, access.actor());
	}

	private static String requireHeading(String heading) {
		String title = heading == null ? "" : heading.strip();
		if (title.isEmpty() || title.length() > 300) {
			throw new RuleViolation("heading", "funding.section.rule.heading");
		}
		return title;
	}

	@Transactional
	public UUID addCriterion(UUID callId, String name, String description, int weight) {
		editable(callId);
		String title = name == null ? "" : name.strip();
		if (title.isEmpty() || title.length() > 300) {
			throw new RuleViolation("name", "funding.criterion.rule.name");
		}
		if (weight < 0 || weight > 100) {
			throw new RuleViolation("weight", "funding.criterion.rule.weight");
		}
		return jdbc
			.sql("""
					insert into call_criterion (cluster_id, call_id, position, name, description, weight)
					select ?, ?, coalesce(max(position), 0) + 1, ?, ?, ? from call_criterion where cluster_id = ? and call_id = ?
					returning id""")
			.params(cluster.id(), callId, title,
					description == null || description.isBlank() ? null : description.strip(), weight, cluster.id(),
					callId)
			.query(UUID.class)
			.single();
	}

	@Transactional
	public void deleteCriterion(UUID callId, UUID criterionId) {
		editable(callId);
		jdbc.sql("delete from call_criterion where cluster_id = ? and call_id = ? and id = ?")
			.params(cluster.id(), callId, criterionId)
			.update();
	}

	/**
	 * A member's comment on the current version of a section, during the comment round.
	 */
	@Transactional
	public UUID comment(UUID sectionId, String text) {
		CallSection section = section(sectionId);
		FundingCall call = get(section.callId());
		if (!access.mayComment(call)) {
			throw new RuleViolation("text", "funding.comment.rule.notOpen");
		}
		String comment = text == null ? "" : text.strip();
		if (comment.isEmpty() || comment.length() > 5000) {
			throw new RuleViolation("text", "funding.comment.rule.text");
		}
		return jdbc.sql("""
				insert into call_comment (cluster_id, section_id, section_version, author, author_person_id, text)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(cluster.id(), sectionId, section.number(), access.actor(), access.person().orElse(null), comment)
			.query(UUID.class)
			.single();
	}

	/**
	 * Moves the call one step of its life cycle. Adoption names the agenda item whose
	 * vedtak adopted it; publishing needs a deadline in the future and criteria weighing
	 * 100 % together.
	 */
	@Transactional
	public void moveTo(UUID id, CallStatus target, UUID adoptedItemId, int version) {
		FundingCall call = get(id);
		if (!access.mayManage(call)) {
			throw new NotFoundException("call", id);
		}
		if (!call.status().mayBecome(target)) {
			throw new RuleViolation("status", "funding.call.rule.transition", call.status().name(), target.name());
		}
		Instant now = clock.now();
		UUID item = call.adoptedItemId();
		if (target == CallStatus.ADOPTED) {
			if (adoptedItemId == null || adoptableItems(call).stream().noneMatch(i -> i.id().equals(adoptedItemId))) {
				throw new RuleViolation("adoptedItemId", "funding.call.rule.itemRequired");
			}
			item = adoptedItemId;
		}
		if (target == CallStatus.COMMENT_ROUND || target == CallStatus.ADOPTED || target == CallStatus.PUBLISHED) {
			int total = rows.criteria(cluster.id(), id).stream().mapToInt(Criterion::weight).sum();
			if (total != 100) {
				throw new RuleViolation("criteria", "funding.call.rule.weights", total);
			}
		}
		if (target == CallStatus.PUBLISHED
				&& (call.conditions().deadline() == null || call.conditions().isPastDeadline(now))) {
			throw new RuleViolation("deadline", "funding.call.rule.deadlineFuture");
		}
		int changed = jdbc.sql("""
				update funding_call set status = ?, adopted_item_id = ?,
				       adopted_at = case when ? = 'ADOPTED' then ? else adopted_at end,
				       published_at = case when ? = 'PUBLISHED' then ? else published_at end,
				       closed_at = case when ? = 'CLOSED' then ? else closed_at end,
				       decided_at = case when ? = 'DECIDED' then ? else decided_at end,
				       version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(target.name(), item, target.name(), timestamp(now), target.name(), timestamp(now), target.name(),
					timestamp(now), target.name(), timestamp(now), cluster.id(), id, version)
			.update();
		if (changed == 0) {
			throw new EditConflict("call", id, call.version());
		}
	}

	/**
	 * Closes the current cluster's published calls whose deadline has come (at the
	 * deadline itself, as {@link CallConditions#isPastDeadline} counts it). Run by
	 * {@link CallDeadlines} outside any request, so the audit log names "system"; a
	 * second run finds nothing left to close.
	 * @return how many calls were closed
	 */
	@Transactional
	public int closePastDeadline() {
		Instant now = clock.now();
		return jdbc.sql("""
				update funding_call set status = 'CLOSED', closed_at = deadline, version = version + 1
				where cluster_id = ? and status = 'PUBLISHED' and deadline is not null and deadline <= ?""")
			.params(cluster.id(), timestamp(now))
			.update();
	}

	/**
	 * The agenda items a call can be adopted by: items of the deciding body (any body
	 * when none is named), newest meeting first; an item that is not public shows its
	 * public title.
	 */
	public List<AdoptableItem> adoptableItems(FundingCall call) {
		return jdbc.sql("""
				select item_id, meeting_id, meeting_date, case_seq, case_year,
				       case when access = 'PUBLIC' then title else coalesce(public_title, '') end as title
				from meeting_item_v
				where cluster_id = ? and (cast(? as uuid) is null or body_id = ?) and parent_id is null
				order by meeting_date desc, position limit 200""")
			.params(cluster.id(), call.decidingBodyId(), call.decidingBodyId())
			.query((rs, n) -> new AdoptableItem(rs.getObject("item_id", UUID.class),
					rs.getObject("meeting_id", UUID.class), rs.getObject("meeting_date", java.time.LocalDate.class),
					(Integer) rs.getObject("case_seq"), (Integer) rs.getObject("case_year"), rs.getString("title")))
			.list();
	}

	/** The item a call was adopted by, if it is still there. */
	public java.util.Optional<AdoptableItem> adoptedItem(FundingCall call) {
		if (call.adoptedItemId() == null) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("""
				select item_id, meeting_id, meeting_date, case_seq, case_year,
				       case when access = 'PUBLIC' then title else coalesce(public_title, '') end as title
				from meeting_item_v where cluster_id = ? and item_id = ?""")
			.params(cluster.id(), call.adoptedItemId())
			.query((rs, n) -> new AdoptableItem(rs.getObject("item_id", UUID.class),
					rs.getObject("meeting_id", UUID.class), rs.getObject("meeting_date", java.time.LocalDate.class),
					(Integer) rs.getObject("case_seq"), (Integer) rs.getObject("case_year"), rs.getString("title")))
			.optional();
	}

	static java.sql.Timestamp timestamp(Instant instant) {
		return instant == null ? null : java.sql.Timestamp.from(instant);
	}

	/** An agenda item as the adoption picks it: "sak 23-21, 03.06.2021". */
	public record AdoptableItem(UUID id, UUID meetingId, java.time.LocalDate meetingDate, Integer caseSeq,
			Integer caseYear, String title) {

		public String caseLabel() {
			return caseSeq == null || caseYear == null ? "" : "%02d-%02d".formatted(caseSeq, caseYear % 100);
		}

		boolean sameAs(UUID other) {
			return Objects.equals(id, other);
		}

	}

}
