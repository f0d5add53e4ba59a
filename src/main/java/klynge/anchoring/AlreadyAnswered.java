package klynge.anchoring;

/**
 * A second answer to an answered request: refused (409); the answer given stays, and the
 * refused text is shown back so nothing typed is lost.
 */
class AlreadyAnswered extends RuntimeException {

	private final transient PartnerRequest request;

	AlreadyAnswered(PartnerRequest request) {
		super("anchoring request " + request.id() + " is answered already");
		this.request = request;
	}

	PartnerRequest request() {
		return request;
	}

}
