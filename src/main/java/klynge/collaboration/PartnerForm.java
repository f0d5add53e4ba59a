package klynge.collaboration;

import java.time.LocalDate;

/**
 * The partner form as typed. {@code publicity} is "auto" (by status), "show" or "hide";
 * status and date only count when a partner is created.
 */
record PartnerForm(String name, String kind, String webSite, String description, String publicity, String contactName,
		String contactEmail, String contactPhone, String status, String statusSince, Integer version) {

	static PartnerForm empty(LocalDate today) {
		return new PartnerForm("", PartnerKind.CLUSTER.name(), "", "", "auto", "", "", "", PartnerStatus.DIALOG.name(),
				today.toString(), null);
	}

	static PartnerForm of(Partner p) {
		return new PartnerForm(p.name(), p.kind().name(), nz(p.webSite()), nz(p.description()), p.publicity(),
				nz(p.contactName()), nz(p.contactEmail()), nz(p.contactPhone()), p.status().name(),
				p.statusSince().toString(), p.version());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
