package klynge.minutes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An answer in a comment's thread: the secretariat's, or the commenter's back. */
public record MinutesCommentReply(UUID id, UUID commentId, String author, UUID authorPersonId, String text,
		OffsetDateTime createdAt) {
}
