package klynge.funding.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report's chapter on funding: the year's public awards per call (projects by
 * organisation, no person's name), the total awarded, and the follow-on funding those
 * projects have been granted elsewhere (leverage: granted only, never applied or
 * rejected).
 */
@Component
class FundingYear implements YearInReview {

	private final PublicAwards awards;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	FundingYear(PublicAwards awards, JdbcClient jdbc, MessageSource messages) {
		this.awards = awards;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<PublicAward> list = awards.of(year);
		if (list.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, BigDecimal> followOn = granted(clusterId);
		NumberFormat kroner = NumberFormat.getIntegerInstance(locale);
		Map<String, long[]> perCall = new LinkedHashMap<>();
		List<List<String>> rows = new ArrayList<>();
		for (PublicAward award : list) {
			BigDecimal more = followOn.getOrDefault(award.id(), BigDecimal.ZERO);
			long[] sums = perCall.computeIfAbsent(award.callTitle(), k -> new long[2]);
			sums[0] += whole(award.amount());
			sums[1] += whole(more);
			rows.add(List.of(award.callTitle(), award.title(),
					award.leadOrganisation() == null ? "" : award.leadOrganisation(), kroner.format(award.amount()),
					kroner.format(more)));
		}
		long awarded = perCall.values().stream().mapToLong(s -> s[0]).sum();
		long leveraged = perCall.values().stream().mapToLong(s -> s[1]).sum();
		String awardedWord = text("yir.funding.awarded", locale);
		String followOnWord = text("yir.funding.followOn", locale);
		Table table = new Table(text("yir.funding.tableCaption", locale), List.of(text("yir.funding.call", locale),
				text("yir.funding.project", locale), text("yir.funding.lead", locale), awardedWord, followOnWord),
				rows);
		Chart chart = new Chart(text("yir.funding.chart", locale), text("yir.funding.unit", locale),
				List.copyOf(perCall.keySet()),
				List.of(new Series(awardedWord, perCall.values().stream().map(s -> s[0]).toList()),
						new Series(followOnWord, perCall.values().stream().map(s -> s[1]).toList())));
		return Optional.of(new Chapter("funding", text("yir.funding.title", locale),
				List.of(messages.getMessage("yir.funding.summary",
						new Object[] { list.size(), perCall.size(), kroner.format(awarded), kroner.format(leveraged) },
						locale)),
				List.of(table), List.of(chart)));
	}

	/** Granted follow-on funding per award (project). */
	private Map<UUID, BigDecimal> granted(UUID clusterId) {
		Map<UUID, BigDecimal> sums = new HashMap<>();
		jdbc.sql("""
				select award_id, sum(amount) from follow_on_funding
				where cluster_id = ? and status = 'GRANTED' group by award_id""")
			.param(clusterId)
			.query((rs, n) -> sums.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
			.list();
		return sums;
	}

	private static long whole(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
