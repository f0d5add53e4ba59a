package klynge.userpanel;

/** A status change as typed: the new status, the day it took effect, a note. */
record StatusForm(String status, String effectiveOn, String note) {
}
