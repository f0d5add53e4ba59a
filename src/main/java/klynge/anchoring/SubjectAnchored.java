package klynge.anchoring;

import java.util.UUID;

/** Every partner has confirmed the subject: published once, when the last one does. */
public record SubjectAnchored(UUID clusterId, String kind, UUID subjectId) {
}
