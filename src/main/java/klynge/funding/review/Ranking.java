package klynge.funding.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The applications of a call in order of their score, and which fit in the fund's frame.
 * Equal scores share a rank ("1, 2, 2, 4"). Going down the ranks, a group of equal scores
 * fits when all of it fits in what is left of the frame; when it does not, but one of
 * them alone would, the tie sits at the limit and the committee must choose
 * ({@link Fit#TIE_AT_LIMIT}); from the first group that does not fit, the frame is spent
 * and later ranks are outside it even if smaller (the ranking, not the size, decides).
 * Applications without a submitted review are not ranked. Proposed amounts are the
 * applied sums of those that fit.
 */
public final class Ranking {

	public enum Fit {

		FITS, TIE_AT_LIMIT, OUTSIDE, NOT_SCORED, UNKNOWN_FRAME;

		public String messageKey() {
			return "review.fit." + name();
		}

	}

	/** What the ranking needs of an application. */
	public record Candidate(UUID applicationId, String title, String organisations, BigDecimal applied,
			List<BigDecimal> reviews) {

		public Candidate {
			reviews = List.copyOf(reviews);
		}

		BigDecimal score() {
			return WeightedScore.mean(reviews);
		}

	}

	/**
	 * One line: {@code tied} is how many share the rank, {@code left} what remained of
	 * the frame before its group.
	 */
	public record Row(Candidate candidate, Integer rank, BigDecimal score, int tied, Fit fit, BigDecimal proposed,
			BigDecimal left) {

		public UUID applicationId() {
			return candidate.applicationId();
		}

		public int reviews() {
			return candidate.reviews().size();
		}

	}

	private Ranking() {
	}

	public static List<Row> rank(List<Candidate> candidates, BigDecimal frame) {
		List<Candidate> scored = candidates.stream()
			.filter(c -> c.score() != null)
			.sorted(Comparator.comparing(Candidate::score).reversed().thenComparing(Candidate::title))
			.toList();
		List<Row> rows = new ArrayList<>();
		BigDecimal left = frame;
		boolean spent = false;
		int i = 0;
		while (i < scored.size()) {
			BigDecimal score = scored.get(i).score();
			int end = i;
			while (end < scored.size() && scored.get(end).score().compareTo(score) == 0) {
				end++;
			}
			List<Candidate> group = scored.subList(i, end);
			BigDecimal total = group.stream().map(Candidate::applied).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal remaining = left;
			Fit fit;
			if (frame == null) {
				fit = Fit.UNKNOWN_FRAME;
			}
			else if (!spent && total.compareTo(left) <= 0) {
				fit = Fit.FITS;
			}
			else if (!spent && group.size() > 1
					&& group.stream().anyMatch(c -> c.applied().compareTo(remaining) <= 0)) {
				fit = Fit.TIE_AT_LIMIT;
				spent = true;
			}
			else {
				fit = Fit.OUTSIDE;
				spent = true;
			}
			for (Candidate candidate : group) {
				rows.add(new Row(candidate, i + 1, score, group.size(), fit,
						fit == Fit.FITS ? candidate.applied() : null, left));
			}
			if (fit == Fit.FITS) {
				left = left.subtract(total);
			}
			i = end;
		}
		candidates.stream()
			.filter(c -> c.score() == null)
			.sorted(Comparator.comparing(Candidate::title))
			.forEach(c -> rows.add(new Row(c, null, null, 0, Fit.NOT_SCORED, null, null)));
		return rows;
	}

}
