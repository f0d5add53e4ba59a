package klynge.anchoring;

import java.util.UUID;

/**
 * What is to be anchored, as the calling module names it: its kind ("budget"), its id, a
 * title for people ("Budsjett 2022, alternativ B") and the path of its page.
 */
public record AnchoringSubject(String kind, UUID id, String title, String path) {
}
