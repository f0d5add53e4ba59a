package klynge.poll;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What one invitee answered to one option, and when they last changed it. */
public record PollAnswer(UUID inviteeId, UUID optionId, AnswerChoice choice, OffsetDateTime changedAt) {
}
