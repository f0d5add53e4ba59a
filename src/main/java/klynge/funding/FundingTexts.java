package klynge.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Amounts and deadlines for the templates ({@code @fundingTexts}), in Europe/Oslo. */
@Component("fundingTexts")
public class FundingTexts {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

	public String money(BigDecimal amount) {
		return Money.format(amount);
	}

	public String percent(BigDecimal share) {
		return Money.percent(share);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(FundingClock.OSLO));
	}

}
