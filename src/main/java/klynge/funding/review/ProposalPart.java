package klynge.funding.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.funding.Money;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingPart.Phrase;
import klynge.meeting.MeetingViewContributor;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/**
 * The committee's proposal as a table under its agenda item, so the page, the summons
 * (PDF/A and Word) and the minutes print the same rows: rank, project, lead organisation,
 * score, amount applied for and proposed, a sum row and the frame. Read by the whole body
 * and, for a public item, by anyone, so it carries nothing of the applicants' texts or
 * the reviewers' comments, only the averaged score, and that only for staff, the body's
 * members and the committee's by name (a viewer recused from an application sees no score
 * for it). Anonymous readers, other logged-in users (applicants among them) and the
 * documents made per standing rather than per person (the summons mail) get the table
 * without scores.
 */
@Component
class ProposalPart implements MeetingViewContributor {

	private final ProposalRepository proposals;

	private final ReviewRepository reviews;

	private final ReviewGate gate;

	private final CurrentCluster cluster;

	ProposalPart(ProposalRepository proposals, ReviewRepository reviews, ReviewGate gate, CurrentCluster cluster) {
		this.proposals = proposals;
		this.reviews = reviews;
		this.gate = gate;
		this.cluster = cluster;
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		UUID clusterId = cluster.id();
		List<MeetingPart> parts = new ArrayList<>();
		for (ProposalRepository.Proposal proposal : proposals.ofItems(clusterId, agenda.ids())) {
			List<ProposalRepository.Line> lines = proposals.lines(clusterId, proposal.id());
			Set<UUID> hidden = gate.recusedPersonFrom(agenda.viewer().personId(),
					lines.stream().map(ProposalRepository.Line::applicationId).toList());
			Optional<ReviewRepository.CallRow> call = reviews.call(clusterId, proposal.callId());
			String callTitle = call.map(ReviewRepository.CallRow::title).orElse("");
			Viewer viewer = agenda.viewer();
			boolean scores = seesScores(viewer)
					|| call.map(c -> reviews.sitsIn(clusterId, c.committeeBodyId(), viewer.personId(), LocalDate.now()))
						.orElse(false);
			parts.add(MeetingPart.of(proposal.itemId(), MeetingPart.Slot.NOTES,
					List.of(table(callTitle, proposal.frame(), lines, hidden, scores))));
		}
		return parts;
	}

	/**
	 * Scores go to staff and to the body's members as persons (whose recusals are known).
	 */
	static boolean seesScores(Viewer viewer) {
		return viewer.staff() || (viewer.bodyMember() && viewer.personId() != null);
	}

	static MeetingPart.Table table(String callTitle, BigDecimal frame, List<ProposalRepository.Line> lines,
			Set<UUID> hidden, boolean scores) {
		Map<Integer, Long> tied = lines.stream()
			.filter(l -> l.rank() != null)
			.collect(Collectors.groupingBy(ProposalRepository.Line::rank, Collectors.counting()));
		List<Phrase> columns = (scores ? List.of("rank", "title", "lead", "score", "applied", "amount")
				: List.of("rank", "title", "lead", "applied", "amount"))
			.stream()
			.map(key -> Phrase.of("review.proposal.column." + key))
			.toList();
		List<List<Phrase>> rows = new ArrayList<>();
		BigDecimal applied = BigDecimal.ZERO;
		BigDecimal proposed = BigDecimal.ZERO;
		for (ProposalRepository.Line line : lines) {
			Phrase rank = line.rank() == null ? Phrase.text("") : tied.getOrDefault(line.rank(), 1L) > 1
					? Phrase.of("review.rank.shared", line.rank()) : Phrase.text(line.rank() + ".");
			Phrase score = hidden.contains(line.applicationId()) ? Phrase.of("review.recused.short")
					: line.score() == null ? Phrase.text("")
							: Phrase.of("review.score.withCount", decimal(line.score()), line.reviews());
			rows.add(scores
					? List.of(rank, Phrase.text(line.title()), Phrase.text(text(line.lead())), score,
							money(line.applied()), money(line.amount()))
					: List.of(rank, Phrase.text(line.title()), Phrase.text(text(line.lead())), money(line.applied()),
							money(line.amount())));
			applied = line.applied() == null ? applied : applied.add(line.applied());
			proposed = line.amount() == null ? proposed : proposed.add(line.amount());
		}
		Phrase none = Phrase.text("");
		List<Phrase> sum = new ArrayList<>(List.of(Phrase.of("review.proposal.sum"), none, none));
		List<Phrase> frameRow = new ArrayList<>(List.of(Phrase.of("review.proposal.frameRow"), none, none));
		if (scores) {
			sum.add(none);
			frameRow.add(none);
		}
		sum.addAll(List.of(money(applied), money(proposed)));
		frameRow.addAll(List.of(none, money(frame)));
		rows.add(sum);
		if (frame != null) {
			rows.add(frameRow);
		}
		return new MeetingPart.Table(Phrase.of("review.proposal.caption", callTitle), columns, rows);
	}

	private static Phrase money(BigDecimal amount) {
		return Phrase.text(amount == null ? "–" : Money.format(amount));
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	static String decimal(BigDecimal score) {
		return score.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

}
