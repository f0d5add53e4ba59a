package klynge.ideabank;

import java.util.UUID;

/**
 * An idea for a thesis: a poster marked as one, or an idea staff added without a poster
 * (then {@code posterId} is null and {@code organisation} is whom to contact).
 */
record Idea(UUID id, String title, String description, String organisation, String topic, UUID posterId, Integer year) {
}
