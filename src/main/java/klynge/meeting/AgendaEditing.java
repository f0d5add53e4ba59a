package klynge.meeting;

import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the meeting page needs to build the agenda in place: the plan, the people who may
 * present, the item form (empty to add, or the item being edited) and the document form.
 * Shared by the page and by the agenda's actions, which answer a refused form with the
 * same page (422) so the message is seen where the change was made.
 */
@Component
class AgendaEditing {

	private final MeetingViews pages;

	private final Agenda agenda;

	private final BodyDefaultsRepository defaults;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	AgendaEditing(MeetingViews pages, Agenda agenda, BodyDefaultsRepository defaults, OrganisationDirectory registry,
			CurrentCluster cluster) {
		this.pages = pages;
		this.agenda = agenda;
		this.defaults = defaults;
		this.registry = registry;
		this.cluster = cluster;
	}

	/**
	 * The meeting page with the agenda editor, editing the item {@code editing} (null:
	 * the form adds a new item); a form already in the model (with its errors) is kept.
	 */
	String page(Model model, UUID meetingId, UUID editing) {
		MeetingView page = pages.of(meetingId);
		model.addAttribute("page", page);
		Meeting meeting = page.meeting();
		if (!page.viewer().mayEdit() || !meeting.status().agendaEditable()) {
			return "meeting/page";
		}
		if (editing != null) {
			AgendaItem item = agenda.item(editing);
			if (!item.meetingId().equals(meetingId)) {
				throw new NotFoundException("item", editing);
			}
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", AgendaItemForm.of(item));
			}
		}
		else if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgendaItemForm.empty());
		}
		model.addAttribute("editing", editing);
		// the items and documents the view has read already: one agenda read per page
		// (issue 10.3, MeetingViewLoadsTests); staff see them all
		java.util.List<AgendaItem> items = new java.util.ArrayList<>();
		java.util.List<ItemDocument> documents = new java.util.ArrayList<>();
		for (MeetingView.Item view : page.items()) {
			items.add(view.item());
			documents.addAll(view.documents());
			for (MeetingView.Item sub : view.subItems()) {
				items.add(sub.item());
				documents.addAll(sub.documents());
			}
		}
		model.addAttribute("plan", AgendaPlan.of(meeting, items, documents,
				defaults.of(cluster.id(), meeting.bodyId()).template().size()));
		var people = registry.people(cluster.id());
		model.addAttribute("people", people);
		model.addAttribute("presenterCodes",
				people.stream()
					.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.code() == null ? p.name() : p.code(),
							(a, b) -> a)));
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new ItemDocumentForm(null, null, Access.PUBLIC, null, null, null));
		}
		model.addAttribute("types", AgendaItemType.values());
		model.addAttribute("accesses", Access.values());
		return "meeting/page";
	}

}
