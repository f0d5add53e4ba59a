package klynge.funding.review;

import java.util.UUID;

/** A reviewer's score (1–7, null until given) and comment on one criterion. */
public record ReviewScore(UUID criterionId, Integer score, String comment) {

	public static final int MIN = 1;

	public static final int MAX = 7;

	public ReviewScore {
		comment = comment == null ? "" : comment.strip();
	}

}
