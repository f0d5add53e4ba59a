package klynge.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.BodyDefaults.TemplateItem;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's meeting defaults: the usual place and Teams link a new meeting form is filled
 * with, and the agenda template "Bruk mal" adds to a meeting in one step.
 */
@Service
public class AgendaTemplates {

	private final BodyDefaultsRepository defaults;

	private final Agenda agenda;

	private final Meetings meetings;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	AgendaTemplates(BodyDefaultsRepository defaults, Agenda agenda, Meetings meetings, BodyDirectory bodies,
			CurrentCluster cluster) {
		this.defaults = defaults;
		this.agenda = agenda;
		this.meetings = meetings;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	public BodyDefaults of(UUID bodyId) {
		requireBody(bodyId);
		return defaults.of(cluster.id(), bodyId);
	}

	/** Saves the usual place and the template; rows without a title are dropped. */
	@Transactional
	public void save(UUID bodyId, BodyDefaultsForm form) {
		requireBody(bodyId);
		List<TemplateItem> items = new ArrayList<>();
		for (BodyDefaultsForm.Row row : form.rows()) {
			if (row.title() == null || row.title().isBlank()) {
				continue;
			}
			if (row.title().length() > 500) {
				throw new RuleViolation("template", "template.title.tooLong");
			}
			if (row.plannedMinutes() != null && (row.plannedMinutes() < 1 || row.plannedMinutes() > 600)) {
				throw new RuleViolation("template", "item.plannedMinutes.range");
			}
			items.add(new TemplateItem(row.type() == null ? AgendaItemType.INFORMATION : row.type(), row.title().trim(),
					row.plannedMinutes()));
		}
		defaults.savePlace(cluster.id(), bodyId, Text.blankToNull(form.usualAddress()),
				Text.blankToNull(form.usualRoom()), Text.blankToNull(form.usualOnlineUrl()));
		defaults.replaceTemplate(cluster.id(), bodyId, items);
	}

	/**
	 * "Bruk mal": adds the body's template items at the end of the meeting's agenda, in
	 * one transaction (numbered as any other item).
	 */
	@Transactional
	public int apply(UUID meetingId) {
		Meeting meeting = meetings.meeting(meetingId);
		List<TemplateItem> template = defaults.of(cluster.id(), meeting.bodyId()).template();
		if (template.isEmpty()) {
			throw new RuleViolation(null, "template.empty");
		}
		for (TemplateItem item : template) {
			agenda.add(meetingId, new AgendaItemForm(null, item.type(), item.title(), null, null, null, null,
					item.plannedMinutes(), false, Access.PUBLIC, null, null, null, 0));
		}
		return template.size();
	}

	private void requireBody(UUID bodyId) {
		bodies.body(cluster.id(), bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
	}

}
