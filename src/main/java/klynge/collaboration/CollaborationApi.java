package klynge.collaboration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collaboration partners as JSON: the public partners and their public fields for anyone;
 * every partner with its contact and status history for staff.
 */
@Tag(name = "Collaboration partners")
@RestController
@RequestMapping("/api/v1/collaboration-partners")
class CollaborationApi {

	record ContactJson(String name, String email, String phone) {
	}

	record ChangeJson(PartnerStatus status, LocalDate changedOn, String comment) {
	}

	record DecisionJson(UUID itemId, UUID meetingId, String body, LocalDate meetingDate, String caseNumber,
			String title) {
	}

	record EventJson(UUID id, String title, String slug, LocalDate firstDay, LocalDate lastDay) {
	}

	/** contact and history are null for anyone but staff. */
	record PartnerJson(UUID id, String name, PartnerKind kind, String webSite, String description, PartnerStatus status,
			LocalDate statusSince, boolean isPublic, List<DecisionJson> decisions, List<EventJson> sharedEvents,
			ContactJson contact, List<ChangeJson> history) {
	}

	private final Partners partners;

	CollaborationApi(Partners partners) {
		this.partners = partners;
	}

	@Operation(summary = "The collaboration partners: the public ones for anyone, all with contact for staff")
	@GetMapping
	List<PartnerJson> list() {
		boolean staff = partners.staff();
		return (staff ? partners.all() : partners.publicPartners()).stream().map(v -> json(v, staff)).toList();
	}

	@Operation(summary = "One collaboration partner (404 to the public unless it is public)")
	@GetMapping("/{id}")
	PartnerJson one(@PathVariable UUID id) {
		return json(partners.view(id), partners.staff());
	}

	private static PartnerJson json(PartnerView v, boolean staff) {
		Partner p = v.partner();
		return new PartnerJson(p.id(), p.name(), p.kind(), p.webSite(), p.description(), p.status(), p.statusSince(),
				p.isPublic(),
				v.decisions()
					.stream()
					.map(d -> new DecisionJson(d.itemId(), d.meetingId(), d.bodyName(), d.meetingDate(), d.caseLabel(),
							d.title()))
					.toList(),
				v.events()
					.stream()
					.map(s -> new EventJson(s.event().id(), s.event().title(), s.event().slug(), s.event().firstDay(),
							s.event().lastDay()))
					.toList(),
				staff ? new ContactJson(p.contactName(), p.contactEmail(), p.contactPhone()) : null,
				staff ? v.history().stream().map(c -> new ChangeJson(c.status(), c.changedOn(), c.comment())).toList()
						: null);
	}

}
