package klynge.body;

/** The kinds of governing bodies a cluster has. */
public enum BodyType {

	PARTNER_MEETING, STEERING_GROUP, WORKING_GROUP, USER_PANEL, REVIEW_COMMITTEE, OTHER;

	public String messageKey() {
		return "body.type." + name();
	}

}
