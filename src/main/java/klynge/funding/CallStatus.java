package klynge.funding;

import java.util.Map;
import java.util.Set;

/**
 * The life cycle of a call: drafted by the review committee, a comment round of the
 * deciding body's members (which may send it back to drafting), adopted by a vedtak,
 * published, closed at the deadline, decided. Nothing else is a step.
 */
public enum CallStatus {

	DRAFT, COMMENT_ROUND, ADOPTED, PUBLISHED, CLOSED, DECIDED;

	private static final Map<CallStatus, Set<CallStatus>> NEXT = Map.of(DRAFT, Set.of(COMMENT_ROUND), COMMENT_ROUND,
			Set.of(DRAFT, ADOPTED), ADOPTED, Set.of(PUBLISHED), PUBLISHED, Set.of(CLOSED), CLOSED, Set.of(DECIDED),
			DECIDED, Set.of());

	public Set<CallStatus> next() {
		return NEXT.get(this);
	}

	public boolean mayBecome(CallStatus target) {
		return next().contains(target);
	}

	/** The text, criteria and conditions change only before adoption. */
	public boolean isEditable() {
		return this == DRAFT || this == COMMENT_ROUND;
	}

	/** Anyone may read a call once it is published (and afterwards). */
	public boolean isPublic() {
		return this == PUBLISHED || this == CLOSED || this == DECIDED;
	}

	public String messageKey() {
		return "funding.call.status." + name();
	}

}
