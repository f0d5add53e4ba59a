package klynge.meeting;

import java.util.List;
import java.util.UUID;

import klynge.meeting.BodyDefaults.TemplateItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The usual place in meeting_settings and the items of agenda_template_item. */
@Repository
class BodyDefaultsRepository {

	private final JdbcClient jdbc;

	BodyDefaultsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BodyDefaults of(UUID clusterId, UUID bodyId) {
		List<TemplateItem> template = jdbc.sql("""
				select type, title, planned_minutes from agenda_template_item
				where cluster_id = ? and body_id = ? order by position""")
			.params(clusterId, bodyId)
			.query((rs, n) -> new TemplateItem(AgendaItemType.valueOf(rs.getString(1)), rs.getString(2),
					(Integer) rs.getObject(3)))
			.list();
		return jdbc.sql("""
				select usual_address, usual_room, usual_online_url from meeting_settings
				where cluster_id = ? and body_id = ?""")
			.params(clusterId, bodyId)
			.query((rs, n) -> new BodyDefaults(rs.getString(1), rs.getString(2), rs.getString(3), template))
			.optional()
			.orElse(new BodyDefaults(null, null, null, template));
	}

	void savePlace(UUID clusterId, UUID bodyId, String address, String room, String onlineUrl) {
		jdbc.sql("""
				insert into meeting_settings (cluster_id, body_id, usual_address, usual_room, usual_online_url)
				values (?, ?, ?, ?, ?)
				on conflict (cluster_id, body_id) do update set usual_address = excluded.usual_address,
				    usual_room = excluded.usual_room, usual_online_url = excluded.usual_online_url,
				    version = meeting_settings.version + 1""")
			.params(clusterId, bodyId, address, room, onlineUrl)
			.update();
	}

	void replaceTemplate(UUID clusterId, UUID bodyId, List<TemplateItem> items) {
		jdbc.sql("delete from agenda_template_item where cluster_id = ? and body_id = ?")
			.params(clusterId, bodyId)
			.update();
		for (int i = 0; i < items.size(); i++) {
			TemplateItem item = items.get(i);
			jdbc.sql("""
					insert into agenda_template_item (cluster_id, body_id, position, type, title, planned_minutes)
					values (?, ?, ?, ?, ?, ?)""")
				.params(clusterId, bodyId, i + 1, item.type().name(), item.title(), item.plannedMinutes())
				.update();
		}
	}

}
