package klynge.funding.review;

/**
 * Why a reviewer is recused: declared by the reviewer, or detected because their
 * organisation applies (lead or partner) or they are named in the application.
 */
public enum ConflictKind {

	DECLARED, ORGANISATION, NAMED_PERSON;

	public String messageKey() {
		return "review.conflict.kind." + name();
	}

}
