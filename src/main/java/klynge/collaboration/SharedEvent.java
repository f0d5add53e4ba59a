package klynge.collaboration;

import java.util.UUID;

import klynge.event.EventLink;

/** An event held together with the partner: the link's id and the event. */
record SharedEvent(UUID id, EventLink event) {
}
