package klynge.organisation;

import java.util.UUID;

/** A person as other modules see it: name and initials code ("Gottfried Greve", "GG"). */
public record PersonRef(UUID id, String name, String code) {
}
