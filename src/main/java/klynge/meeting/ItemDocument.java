package klynge.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** A document or link of an agenda item; "ettersendt" when sent after the summons. */
public record ItemDocument(UUID id, UUID itemId, String title, String url, boolean sentAfter, LocalDate sentAfterOn,
		Access access, String exemptionBasis, String publicTitle, LocalDate exemptionEnds, int position, int version) {

	public Exemption exemption() {
		return new Exemption(access, exemptionBasis, publicTitle, exemptionEnds);
	}
}
