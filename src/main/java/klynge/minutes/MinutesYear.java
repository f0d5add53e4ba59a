package klynge.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.shared.YearInReview;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report's chapter on meetings and decisions: per body the meetings held in
 * the year, its cases (top-level items) and decisions, and the vedtak of the open items
 * of approved minutes. Items for members only or exempt count, but their titles and
 * vedtak never appear: the chapter is for the public.
 */
@Component
class MinutesYear implements YearInReview {

	private static final String HELD = "('HELD', 'MINUTES_FOR_COMMENT', 'MINUTES_APPROVED')";

	private final JdbcClient jdbc;

	private final BodyDirectory bodies;

	private final MessageSource messages;

	MinutesYear(JdbcClient jdbc, BodyDirectory bodies, MessageSource messages) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.messages = messages;
	}

	record BodyCount(UUID bodyId, long meetings, long cases, long decisions) {
	}

	record Vedtak(UUID bodyId, LocalDate date, int caseSeq, int caseYear, String title, String decision) {
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Chapter> chapter(UUID clusterId, int year, Locale locale) {
		List<BodyCount> counts = counts(clusterId, year);
		if (counts.isEmpty()) {
			return Optional.empty();
		}
		LocalDate end = LocalDate.of(year, 12, 31);
		Map<UUID, String> names = new LinkedHashMap<>();
		counts.forEach(c -> names.put(c.bodyId(), bodies.nameOn(clusterId, c.bodyId(), end)));
		List<List<String>> rows = counts.stream()
			.map(c -> List.of(names.get(c.bodyId()), String.valueOf(c.meetings()), String.valueOf(c.cases()),
					String.valueOf(c.decisions())))
			.toList();
		String meetingsWord = text("yir.meetings.meetings", locale);
		String casesWord = text("yir.meetings.cases", locale);
		String decisionsWord = text("yir.meetings.decisions", locale);
		List<Table> tables = new ArrayList<>();
		tables.add(new Table(text("yir.meetings.tableCaption", locale),
				List.of(text("yir.meetings.body", locale), meetingsWord, casesWord, decisionsWord), rows));
		List<Vedtak> vedtak = vedtak(clusterId, year);
		if (!vedtak.isEmpty()) {
			tables.add(new Table(text("yir.meetings.vedtakCaption", locale),
					List.of(text("yir.meetings.body", locale), text("yir.meetings.case", locale),
							text("yir.meetings.item", locale), text("yir.meetings.vedtak", locale)),
					vedtak.stream()
						.map(v -> List.of(bodies.nameOn(clusterId, v.bodyId(), v.date()),
								String.format("%02d-%02d", v.caseSeq(), v.caseYear() % 100), v.title(),
								v.decision().strip()))
						.toList()));
		}
		Chart chart = new Chart(text("yir.meetings.chart", locale), text("yir.meetings.unit", locale),
				counts.stream().map(c -> names.get(c.bodyId())).toList(),
				List.of(new Series(meetingsWord, counts.stream().map(BodyCount::meetings).toList()),
						new Series(decisionsWord, counts.stream().map(BodyCount::decisions).toList())));
		long meetings = counts.stream().mapToLong(BodyCount::meetings).sum();
		long cases = counts.stream().mapToLong(BodyCount::cases).sum();
		long decisions = counts.stream().mapToLong(BodyCount::decisions).sum();
		return Optional.of(new Chapter("meetings", text("yir.meetings.title", locale),
				List.of(messages.getMessage("yir.meetings.summary",
						new Object[] { year, meetings, counts.size(), cases, decisions }, locale)),
				tables, List.of(chart)));
	}

	/** Held meetings, cases and decisions per body that met in the year. */
	List<BodyCount> counts(UUID clusterId, int year) {
		return jdbc.sql("""
				select m.body_id, count(distinct m.meeting_id) as meetings,
				       count(i.item_id) filter (where i.parent_id is null) as cases,
				       count(im.id) filter (where nullif(trim(im.decision), '') is not null) as decisions
				from meeting_v m
				left join meeting_item_v i on i.cluster_id = m.cluster_id and i.meeting_id = m.meeting_id
				left join item_minutes im on im.cluster_id = i.cluster_id and im.item_id = i.item_id
				where m.cluster_id = ? and extract(year from m.meeting_date) = ? and m.status in %s
				group by m.body_id
				order by meetings desc, m.body_id""".formatted(HELD))
			.params(clusterId, year)
			.query((rs, n) -> new BodyCount(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** The vedtak of open items in approved minutes, by date and case number. */
	List<Vedtak> vedtak(UUID clusterId, int year) {
		return jdbc.sql("""
				select i.body_id, i.meeting_date, i.case_seq, i.case_year, i.title, im.decision
				from meeting_item_v i
				join item_minutes im on im.cluster_id = i.cluster_id and im.item_id = i.item_id
				join minutes mi on mi.cluster_id = im.cluster_id and mi.id = im.minutes_id and mi.status = 'APPROVED'
				where i.cluster_id = ? and extract(year from i.meeting_date) = ? and i.access = 'PUBLIC'
				  and i.parent_id is null and i.case_seq is not null and nullif(trim(im.decision), '') is not null
				order by i.meeting_date, i.body_id, i.case_seq""")
			.params(clusterId, year)
			.query((rs, n) -> new Vedtak(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3),
					rs.getInt(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
