package klynge.funding.review;

import java.math.BigDecimal;

import klynge.funding.Money;
import org.springframework.stereotype.Component;

/** Amounts and scores as the review's pages write them ("kr 120 000", "5,65"). */
@Component("reviewFormats")
class ReviewFormats {

	public String money(BigDecimal amount) {
		return Money.format(amount);
	}

	public String score(BigDecimal score) {
		return score == null ? "" : ProposalPart.decimal(score);
	}

}
