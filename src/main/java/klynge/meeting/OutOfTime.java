package klynge.meeting;

/**
 * What a body does with a step taken out of its time: a meeting marked held before its
 * date, a comment on minutes after the comment deadline. WARN lets it through after a
 * clear warning (the page asks for confirmation first), REFUSE refuses it with a message.
 */
public enum OutOfTime {

	WARN, REFUSE

}
