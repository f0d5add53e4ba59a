package klynge.event;

import java.util.List;

/**
 * An event as its page shows it: the program, the co-organisers' names, the questions,
 * the numbers, the places left (null: no limit) and why registration is closed (a message
 * key, null while open).
 */
record EventPage(Event event, List<EventDay> program, List<EventOrganiser> organisers, List<EventQuestion> questions,
		EventRepository.Counts counts, Integer placesLeft, String closedBecause) {

	public boolean open() {
		return closedBecause == null;
	}

	public boolean full() {
		return placesLeft != null && placesLeft == 0;
	}

}
