package klynge.collaboration;

import java.util.List;

/**
 * A partner with its history, the decisions the reader may see and its shared events.
 */
record PartnerView(Partner partner, List<StatusChange> history, List<Decision> decisions, List<SharedEvent> events) {
}
