package klynge.meeting;

import java.util.List;

/**
 * What a new meeting of a body starts from: its usual place and Teams link, and its
 * agenda template (the recurring items: approval of the summons, the previous minutes,
 * information, any other business).
 */
public record BodyDefaults(String address, String room, String onlineUrl, List<TemplateItem> template) {

	static final BodyDefaults NONE = new BodyDefaults(null, null, null, List.of());

	/** One recurring item of a body's agenda template. */
	public record TemplateItem(AgendaItemType type, String title, Integer plannedMinutes) {
	}

}
