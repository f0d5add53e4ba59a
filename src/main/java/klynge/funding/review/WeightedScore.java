package klynge.funding.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.funding.Criterion;

/**
 * The arithmetic of scores: one review's weighted mean over the call's criteria (Σ
 * score·weight / Σ weight), and an application's score as the plain mean of its submitted
 * reviews. Two decimals, half up, so that what the committee reads is what ranks.
 */
public final class WeightedScore {

	private WeightedScore() {
	}

	/** Null while a weighted criterion has no score. */
	public static BigDecimal ofReview(List<Criterion> criteria, Map<UUID, Integer> scores) {
		long sum = 0;
		long weights = 0;
		for (Criterion criterion : criteria) {
			if (criterion.weight() == 0) {
				continue;
			}
			Integer score = scores.get(criterion.id());
			if (score == null) {
				return null;
			}
			sum += (long) score * criterion.weight();
			weights += criterion.weight();
		}
		if (weights == 0) {
			return null;
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	/** Null when no review is submitted. */
	public static BigDecimal mean(List<BigDecimal> reviews) {
		if (reviews.isEmpty()) {
			return null;
		}
		BigDecimal total = reviews.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return total.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
	}

}
