package klynge.funding.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An awarded project as the public reads it: organisations only, no person's name.
 *
 * @param id the award's id (the project's id)
 */
public record PublicAward(UUID id, int year, UUID fundId, String fundName, String callTitle, String title,
		String leadOrganisation, List<String> partners, BigDecimal amount, String summary) {

	public PublicAward {
		partners = List.copyOf(partners);
	}

}
