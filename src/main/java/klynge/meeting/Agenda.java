package klynge.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.AgendaNumbering.YearMeeting;
import klynge.meeting.AgendaRepository.NumberingRow;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a meeting's agenda: adds, edits, orders and numbers its items and their
 * documents.
 */
@Service
public class Agenda {

	private final AgendaRepository items;

	private final MeetingRepository meetings;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	Agenda(AgendaRepository items, MeetingRepository meetings, OrganisationDirectory registry, CurrentCluster cluster) {
		this.items = items;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
	}

	public AgendaItem item(UUID itemId) {
		return items.find(cluster.id(), itemId).orElseThrow(() -> new NotFoundException("item", itemId));
	}

	/** The item of a body with a case number ("05-23"), if there is one. */
	public Optional<AgendaItem> byCaseNumber(UUID bodyId, CaseNumber number) {
		return items.byCaseNumber(cluster.id(), bodyId, number);
	}

	public List<AgendaItem> items(UUID meetingId) {
		return items.ofMeeting(cluster.id(), meetingId);
	}

	/**
	 * The items of a meeting this viewer may see today, in agenda order: what other
	 * modules show of it.
	 */
	public List<AgendaItem> visibleItems(UUID meetingId, Viewer viewer) {
		LocalDate today = LocalDate.now(cluster.get().zone());
		return items(meetingId).stream().filter(item -> viewer.maySee(item.exemption(), today)).toList();
	}

	/**
	 * Adds an item (or a sub-item when the form names a parent) at the end of the agenda.
	 */
	@Transactional
	public UUID add(UUID meetingId, AgendaItemForm form) {
		UUID clusterId = cluster.id();
		Meeting meeting = lockMeeting(clusterId, meetingId);
		meeting.requireAgendaEditable();
		checkReferences(clusterId, meetingId, form);
		boolean raisedAtMeeting = form.raisedAtMeeting() || meeting.status() == MeetingStatus.HELD
				|| meeting.status() == MeetingStatus.MINUTES_FOR_COMMENT;
		AgendaItemForm toSave = raisedAtMeeting == form.raisedAtMeeting() ? form : withRaised(form);
		int position = items.nextPosition(clusterId, meetingId, form.parentId());
		Integer provisional = form.parentId() == null ? -1_000_000 - position : null;
		UUID id = items.insert(clusterId, meeting, toSave, position, provisional);
		if (form.parentId() == null) {
			renumber(clusterId, meeting.bodyId(), meeting.meetingDate().getYear());
		}
		return id;
	}

	@Transactional
	public void update(UUID itemId, AgendaItemForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = item(itemId);
		Meeting meeting = lockMeeting(clusterId, item.meetingId());
		meeting.requireAgendaEditable();
		checkReferences(clusterId, item.meetingId(),
				new AgendaItemForm(item.parentId(), form.type(), form.title(), form.presenterPersonId(),
						form.presenterText(), form.proposedDecision(), form.priorHandling(), form.plannedMinutes(),
						form.raisedAtMeeting(), form.access(), form.exemptionBasis(), form.publicTitle(),
						form.exemptionEnds(), form.version()));
		if (!items.update(clusterId, itemId, form)) {
			throw new EditConflict("item", itemId, item(itemId).version());
		}
	}

	/**
	 * Puts the meeting's top-level items (or one item's sub-items) in the given order.
	 */
	@Transactional
	public void reorder(UUID meetingId, UUID parentId, List<UUID> order) {
		UUID clusterId = cluster.id();
		Meeting meeting = lockMeeting(clusterId, meetingId);
		meeting.requireAgendaEditable();
		List<UUID> siblings = items.ofMeeting(clusterId, meetingId)
			.stream()
			.filter(i -> Objects.equals(i.parentId(), parentId))
			.map(AgendaItem::id)
			.toList();
		if (order.size() != siblings.size() || !order.containsAll(siblings)) {
			throw new RuleViolation(null, "item.reorder.mismatch");
		}
		for (int i = 0; i < order.size(); i++) {
			items.setPosition(clusterId, order.get(i), i + 1);
		}
		if (parentId == null) {
			renumber(clusterId, meeting.bodyId(), meeting.meetingDate().getYear());
		}
	}

	/**
	 * Moves an item one place up (-1) or down (+1) among its siblings: the keyboard
	 * alternative to dragging.
	 */
	@Transactional
	public void move(UUID itemId, int direction) {
		AgendaItem item = item(itemId);
		List<UUID> siblings = new ArrayList<>(items.ofMeeting(cluster.id(), item.meetingId())
			.stream()
			.filter(i -> Objects.equals(i.parentId(), item.parentId()))
			.map(AgendaItem::id)
			.toList());
		int from = siblings.indexOf(itemId);
		int to = Math.max(0, Math.min(siblings.size() - 1, from + Integer.signum(direction)));
		if (from != to) {
			siblings.remove(from);
			siblings.add(to, itemId);
			reorder(item.meetingId(), item.parentId(), siblings);
		}
	}

	/**
	 * Removes an item while its number is still provisional; numbered items of a summoned
	 * meeting stay.
	 */
	@Transactional
	public void delete(UUID itemId) {
		UUID clusterId = cluster.id();
		AgendaItem item = item(itemId);
		Meeting meeting = lockMeeting(clusterId, item.meetingId());
		meeting.requireAgendaEditable();
		if (!item.isSubItem() && meeting.status().numbersFrozen()) {
			throw new RuleViolation(null, "item.delete.numbered", item.caseNumber().toString());
		}
		items.delete(clusterId, itemId);
		if (!item.isSubItem()) {
			renumber(clusterId, meeting.bodyId(), meeting.meetingDate().getYear());
		}
	}

	@Transactional
	public UUID addDocument(UUID itemId, ItemDocumentForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = item(itemId);
		Meeting meeting = lockMeeting(clusterId, item.meetingId());
		meeting.requireAgendaEditable();
		boolean sentAfter = meeting.status().numbersFrozen();
		LocalDate today = LocalDate.now(cluster.get().zone());
		return items.insertDocument(clusterId, itemId, form, sentAfter, sentAfter ? today : null);
	}

	@Transactional
	public void deleteDocument(UUID documentId) {
		UUID clusterId = cluster.id();
		ItemDocument document = items.document(clusterId, documentId)
			.orElseThrow(() -> new NotFoundException("document", documentId));
		lockMeeting(clusterId, item(document.itemId()).meetingId()).requireAgendaEditable();
		items.deleteDocument(clusterId, documentId);
	}

	public List<ItemDocument> documents(UUID meetingId) {
		return items.documents(cluster.id(), meetingId);
	}

	/**
	 * Imported history: adds an item with the case number it had ({@code caseSeq} in the
	 * meeting's year; null = the next free number for top-level items), without
	 * renumbering anything.
	 */
	@Transactional
	public UUID importItem(UUID meetingId, AgendaItemForm form, Integer caseSeq) {
		UUID clusterId = cluster.id();
		Meeting meeting = lockMeeting(clusterId, meetingId);
		checkReferences(clusterId, meetingId, form);
		int year = meeting.meetingDate().getYear();
		Integer seq = form.parentId() != null ? null
				: caseSeq != null ? caseSeq
						: items.numberingRows(clusterId, meeting.bodyId(), year)
							.stream()
							.map(NumberingRow::caseSeq)
							.filter(Objects::nonNull)
							.mapToInt(Integer::intValue)
							.max()
							.orElse(0) + 1;
		if (seq != null && items.byCaseNumber(clusterId, meeting.bodyId(), new CaseNumber(seq, year)).isPresent()) {
			throw new RuleViolation("caseNumber", "item.import.numberTaken", new CaseNumber(seq, year).toString());
		}
		return items.insert(clusterId, meeting, form, items.nextPosition(clusterId, meetingId, form.parentId()), seq);
	}

	/** Imported history: a document link as it was on the summons (not "ettersendt"). */
	@Transactional
	public UUID importDocument(UUID itemId, ItemDocumentForm form) {
		return items.insertDocument(cluster.id(), itemId, form, false, null);
	}

	/** Renumbers a body's year: called whenever items, order, status or dates change. */
	void renumber(UUID clusterId, UUID bodyId, int year) {
		Map<UUID, List<NumberingRow>> byMeeting = new LinkedHashMap<>();
		items.numberingRows(clusterId, bodyId, year)
			.forEach(row -> byMeeting.computeIfAbsent(row.meetingId(), id -> new ArrayList<>()).add(row));
		List<YearMeeting> year1 = new ArrayList<>();
		Map<UUID, Integer> current = new HashMap<>();
		byMeeting.forEach((meetingId, rows) -> {
			NumberingRow first = rows.getFirst();
			List<UUID> order = new ArrayList<>();
			Map<UUID, Integer> numbers = new HashMap<>();
			for (NumberingRow row : rows) {
				if (row.itemId() != null) {
					order.add(row.itemId());
					if (row.caseSeq() != null && row.caseSeq() >= 0) {
						numbers.put(row.itemId(), row.caseSeq());
					}
					current.put(row.itemId(), row.caseSeq());
				}
			}
			boolean frozen = first.status().numbersFrozen() && first.status() != MeetingStatus.CANCELLED;
			year1.add(new YearMeeting(meetingId, first.meetingDate(), frozen, order, numbers));
		});
		Map<UUID, Integer> wanted = AgendaNumbering.numberYear(year1);
		List<UUID> changing = wanted.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(current.get(e.getKey())))
			.map(Map.Entry::getKey)
			.toList();
		changing.forEach(id -> items.setNumber(clusterId, id, year, -2_000_000 - wanted.get(id)));
		changing.forEach(id -> items.setNumber(clusterId, id, year, wanted.get(id)));
	}

	/**
	 * A meeting rescheduled into another year takes its items into that year's numbering.
	 */
	void moveYear(UUID clusterId, UUID meetingId, UUID bodyId, int oldYear, int newYear) {
		if (oldYear == newYear) {
			renumber(clusterId, bodyId, newYear);
			return;
		}
		items.moveToYear(clusterId, meetingId, newYear);
		renumber(clusterId, bodyId, oldYear);
		renumber(clusterId, bodyId, newYear);
	}

	private Meeting lockMeeting(UUID clusterId, UUID meetingId) {
		return meetings.findForUpdate(clusterId, meetingId)
			.orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}

	private void checkReferences(UUID clusterId, UUID meetingId, AgendaItemForm form) {
		if (form.presenterPersonId() != null && registry.person(clusterId, form.presenterPersonId()).isEmpty()) {
			throw new RuleViolation("presenterPersonId", "item.presenter.unknown");
		}
		if (form.parentId() != null) {
			AgendaItem parent = items.find(clusterId, form.parentId())
				.orElseThrow(() -> new RuleViolation("parentId", "item.parent.unknown"));
			if (!parent.meetingId().equals(meetingId) || parent.isSubItem()) {
				throw new RuleViolation("parentId", "item.parent.unknown");
			}
		}
		form.exemption();
	}

	private static AgendaItemForm withRaised(AgendaItemForm f) {
		return new AgendaItemForm(f.parentId(), f.type(), f.title(), f.presenterPersonId(), f.presenterText(),
				f.proposedDecision(), f.priorHandling(), f.plannedMinutes(), true, f.access(), f.exemptionBasis(),
				f.publicTitle(), f.exemptionEnds(), f.version());
	}

}
