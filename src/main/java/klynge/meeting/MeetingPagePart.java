package klynge.meeting;

import java.util.UUID;

/**
 * A piece another module adds to a meeting page: minutes text under an item, follow-ups, the
 * minutes' status. {@code fragment} names a Thymeleaf fragment that takes this part as its one parameter
 * ({@code "minutes/parts :: item-minutes"}, declared {@code th:fragment="item-minutes(part)"}).
 *
 * @param itemId the item it belongs under, or null for the meeting as a whole
 */
public record MeetingPagePart(UUID itemId, String fragment, Object content, int order) {
}
