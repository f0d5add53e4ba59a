package klynge.anchoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A subject's anchoring: one request per partner (withdrawn ones are shown but no longer
 * count).
 */
public record AnchoringCase(UUID id, AnchoringSubject subject, LocalDate answerBy, OffsetDateTime openedAt,
		OffsetDateTime anchoredAt, List<PartnerRequest> requests) {

	public AnchoringCase {
		requests = List.copyOf(requests);
	}

	/** The requests that count: not withdrawn. */
	public List<PartnerRequest> active() {
		return requests.stream().filter(request -> !request.withdrawn()).toList();
	}

	/** Anchored only when every partner that counts has confirmed. */
	public boolean anchored() {
		List<PartnerRequest> active = active();
		return !active.isEmpty() && active.stream().allMatch(request -> request.answer() == AnchoringAnswer.CONFIRMED);
	}

	public long confirmed() {
		return active().stream().filter(request -> request.answer() == AnchoringAnswer.CONFIRMED).count();
	}

	/** The partners that declined ("avslått av Bergen kommune"). */
	public List<String> declinedBy() {
		return active().stream()
			.filter(request -> request.answer() == AnchoringAnswer.DECLINED)
			.map(PartnerRequest::organisationName)
			.toList();
	}

	public AnchoringState state() {
		if (anchored()) {
			return AnchoringState.ANCHORED;
		}
		return declinedBy().isEmpty() ? AnchoringState.IN_PROGRESS : AnchoringState.DECLINED;
	}

}
