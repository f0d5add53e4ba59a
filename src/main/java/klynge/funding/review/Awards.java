package klynge.funding.review;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.funding.CallStatus;
import klynge.funding.Calls;
import klynge.funding.Money;
import klynge.funding.review.ReviewRepository.ApplicationRow;
import klynge.funding.review.ReviewRepository.CallRow;
import klynge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awards of the vedtak: the secretariat records which applications of a closed call
 * get how much. The whole list is replaced at once, so a correction is one step; a list
 * whose sum exceeds the fund's frame is refused as a whole, with both figures in the
 * message, and nothing is saved.
 */
@Service
public class Awards {

	public record Award(UUID applicationId, BigDecimal amount) {
	}

	private final Reviews reviews;

	private final ReviewRepository repository;

	private final ProposalRepository proposals;

	private final CurrentCluster cluster;

	private final JdbcClient jdbc;

	private final Calls calls;

	Awards(Reviews reviews, ReviewRepository repository, ProposalRepository proposals, CurrentCluster cluster,
			JdbcClient jdbc, Calls calls) {
		this.reviews = reviews;
		this.calls = calls;
		this.repository = repository;
		this.proposals = proposals;
		this.cluster = cluster;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Award> of(UUID callId) {
		reviews.committeeCall(callId);
		return jdbc.sql(
				"select application_id, amount from funding_award where cluster_id = ? and call_id = ? order by amount desc")
			.params(cluster.id(), callId)
			.query((rs, n) -> new Award(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
			.list();
	}

	@Transactional
	public List<Award> record(UUID callId, List<Award> awards) {
		CallRow call = reviews.committeeCall(callId);
		if (!reviews.user().isStaff()) {
			throw new AccessDeniedException("the secretariat records the vedtak");
		}
		if (call.status() != CallStatus.CLOSED) {
			throw new RuleViolation("awards", "award.closed");
		}
		UUID clusterId = cluster.id();
		Set<UUID> submitted = new HashSet<>(
				repository.submitted(clusterId, callId).stream().map(ApplicationRow::id).toList());
		Set<UUID> seen = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Award award : awards) {
			if (award.applicationId() == null || !submitted.contains(award.applicationId())
					|| !seen.add(award.applicationId())) {
				throw new RuleViolation("awards", "award.application");
			}
			if (award.amount() == null || award.amount().signum() <= 0 || award.amount().scale() > 2) {
				throw new RuleViolation("awards", "award.amount");
			}
			total = total.add(award.amount());
		}
		if (call.fundAmount() == null) {
			throw new RuleViolation("awards", "award.unknownFrame");
		}
		if (total.compareTo(call.fundAmount()) > 0) {
			throw new RuleViolation("awards", "award.overBudget", Money.format(total), Money.format(call.fundAmount()),
					Money.format(total.subtract(call.fundAmount())));
		}
		UUID item = proposals.ofCall(clusterId, callId).map(ProposalRepository.Proposal::itemId).orElse(null);
		// Recording again keeps the award rows of applications still awarded (their id is
		// the
		// project's, and the project's reports and follow-on funding hang on it); only
		// the awards taken away are deleted.
		for (UUID gone : jdbc.sql("select application_id from funding_award where cluster_id = ? and call_id = ?")
			.params(clusterId, callId)
			.query(UUID.class)
			.list()) {
			if (!seen.contains(gone)) {
				jdbc.sql("delete from funding_award where cluster_id = ? and call_id = ? and application_id = ?")
					.params(clusterId, callId, gone)
					.update();
			}
		}
		for (Award award : awards) {
			jdbc.sql("""
					insert into funding_award (cluster_id, call_id, application_id, amount, item_id, decided_by)
					values (?, ?, ?, ?, ?, ?)
					on conflict (application_id) do update
					set amount = excluded.amount, item_id = excluded.item_id, decided_by = excluded.decided_by,
					    decided_at = now()
					where funding_award.amount <> excluded.amount
					   or funding_award.item_id is distinct from excluded.item_id""")
				.params(clusterId, callId, award.applicationId(), award.amount(), item, reviews.user().username())
				.update();
		}
		return of(callId);
	}

	/**
	 * The awards form: the ranking with the recorded amounts, or before any are recorded
	 * the applied sums of those within the frame. Staff edit it while the call is closed;
	 * the committee reads it.
	 */
	@Transactional
	public AwardSheet sheet(UUID callId) {
		Reviews.RankingView view = reviews.rankingOf(callId);
		Map<UUID, BigDecimal> recorded = of(callId).stream()
			.collect(Collectors.toMap(Award::applicationId, Award::amount));
		List<AwardSheet.Line> lines = view.rows()
			.stream()
			.map(r -> new AwardSheet.Line(r.applicationId(), r.rank(), r.tied(), r.candidate().title(),
					r.candidate().organisations(), r.candidate().applied(), r.fit(),
					AwardSheet.plain(recorded.isEmpty() ? r.proposed() : recorded.get(r.applicationId()))))
			.toList();
		return new AwardSheet(view.call(), view.call().fundAmount(), lines,
				reviews.user().isStaff() && view.call().status() == CallStatus.CLOSED, !recorded.isEmpty());
	}

	boolean isStaff() {
		return reviews.user().isStaff();
	}

	/**
	 * "Marker som vedtatt": the recorded awards are the vedtak, and the call moves from
	 * closed to decided through the call's own life cycle.
	 */
	@Transactional
	public void decide(UUID callId) {
		CallRow call = reviews.committeeCall(callId);
		if (!reviews.user().isStaff()) {
			throw new AccessDeniedException("the secretariat records the vedtak");
		}
		if (call.status() != CallStatus.CLOSED) {
			throw new RuleViolation("status", "award.decide.closed");
		}
		if (of(callId).isEmpty()) {
			throw new RuleViolation("awards", "award.decide.none");
		}
		calls.moveTo(callId, CallStatus.DECIDED, null, calls.get(callId).version());
	}

}
