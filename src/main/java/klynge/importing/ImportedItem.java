package klynge.importing;

import java.util.List;

import klynge.meeting.AgendaItemType;

/**
 * An agenda item as read: its number as written ("Sak 01-23", "PS 12/23", "V-SAK 3",
 * "I."), the case number where there is one, title, guessed type, presenter ("v/ …"), and
 * its minutes.
 *
 * @param proposal "Forslag til vedtak:", "Innstilling:"
 * @param votes "Enstemmig vedtatt." when the vedtak only says how it was adopted
 * @param uncertain text that could not be placed, kept as notes marked uncertain
 */
public record ImportedItem(String label, Integer sequence, Integer year, String title, AgendaItemType type,
		String presenter, String proposal, String notes, String feedbackHeading, List<String> feedback, String decision,
		String votes, List<FollowUp> followUps, List<Link> documents, List<ImportedItem> subItems,
		List<String> uncertain, boolean raisedAtMeeting) {

	public ImportedItem {
		feedback = List.copyOf(feedback);
		followUps = List.copyOf(followUps);
		documents = List.copyOf(documents);
		subItems = List.copyOf(subItems);
		uncertain = List.copyOf(uncertain);
	}

	/** "*GG følger opp saken.*" → owner GG. */
	public record FollowUp(String ownerCode, String description) {
	}

	/**
	 * "[text](url)"; {@code inline} when it stood inside a sentence (and stays in the
	 * notes).
	 */
	public record Link(String title, String url, boolean inline) {
	}

	/** "01-23" when the item has a case number. */
	public String caseNumber() {
		return sequence == null || year == null ? null : String.format("%02d-%02d", sequence, year % 100);
	}
}
