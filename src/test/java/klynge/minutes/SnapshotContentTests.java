package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The minutes snapshot reads items through meeting's published view (meeting_item_v)
 * since V20261130_1533; it must say what the function on meeting's tables said, sub-item
 * labels included.
 */
@KlyngeIntegrationTest
class SnapshotContentTests {

	/**
	 * The body of the function as V20261124_1610 made it, on meeting's tables (tests may
	 * name them).
	 */
	private static final String ON_TABLES = """
			with items as (
			    select a.id, a.parent_id, a.position, a.case_seq, a.case_year, a.title
			    from agenda_item a
			    join minutes m on m.cluster_id = a.cluster_id and m.meeting_id = a.meeting_id
			    where m.cluster_id = :cluster and m.id = :minutes),
			numbered as (
			    select i.*, row_number() over (partition by i.parent_id order by i.position) as sub_rank from items i),
			labelled as (
			    select n.id, n.title,
			           case when n.parent_id is null
			                then lpad(n.case_seq::text, 2, '0') || '-' || lpad((n.case_year % 100)::text, 2, '0')
			                else (select lpad(p.case_seq::text, 2, '0') || '-' || lpad((p.case_year % 100)::text, 2, '0')
			                      from items p where p.id = n.parent_id) || ' ' || chr(96 + n.sub_rank::int)
			           end as label,
			           coalesce((select p.position from items p where p.id = n.parent_id), n.position) as top_position,
			           case when n.parent_id is null then 0 else n.position end as sub_position
			    from numbered n)
			select jsonb_build_object('items', coalesce(jsonb_agg(jsonb_build_object(
			           'itemId', l.id, 'label', l.label, 'title', l.title, 'notes', im.notes,
			           'feedbackHeading', im.feedback_heading, 'feedback', im.feedback, 'decision', im.decision)
			           order by l.top_position, l.sub_position), '[]'::jsonb))::text
			from labelled l
			join item_minutes im on im.cluster_id = :cluster and im.minutes_id = :minutes and im.item_id = l.id""";

	record MinutesKey(UUID clusterId, UUID id) {
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void snapshotThroughTheViewSaysWhatItSaidOnTheTables() {
		List<MinutesKey> all = jdbc.sql("select cluster_id, id from minutes").query(MinutesKey.class).list();
		assertThat(all).isNotEmpty();
		int withSubItems = 0;
		for (MinutesKey key : all) {
			String viaView = jdbc.sql("select minutes_snapshot_content(?, ?)::text")
				.params(key.clusterId(), key.id())
				.query(String.class)
				.single();
			String onTables = jdbc.sql(ON_TABLES)
				.param("cluster", key.clusterId())
				.param("minutes", key.id())
				.query(String.class)
				.single();
			assertThat(viaView).as("snapshot of minutes %s", key.id()).isEqualTo(onTables);
			withSubItems += viaView.matches("(?s).*\"label\": \"\\d\\d-\\d\\d [a-z]\".*") ? 1 : 0;
		}
		assertThat(withSubItems).as("demo minutes with a sub-item").isPositive();
	}

}
