package klynge.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/** A collaboration partner as stored; the contact fields are for staff only. */
record Partner(UUID id, String name, PartnerKind kind, String webSite, String description, PartnerStatus status,
		LocalDate statusSince, Boolean showPublicly, String contactName, String contactEmail, String contactPhone,
		int version) {

	public boolean isPublic() {
		return PartnerRules.isPublic(status, showPublicly);
	}

	/** "auto", "show" or "hide", for the form's select. */
	public String publicity() {
		return showPublicly == null ? "auto" : showPublicly ? "show" : "hide";
	}

}
