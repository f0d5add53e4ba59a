package klynge.funding.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The report due dates an awarded project has (implemented by the projects), so that the
 * award letter can name them instead of pointing at the call's text.
 */
public interface ProjectDueDates {

	record Due(LocalDate progress, LocalDate finalReport) {
	}

	/** The due dates of the project that the award {@code awardId} is, if it has them. */
	Optional<Due> of(UUID awardId);

}
