package klynge.poll;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new poll: for a body (its members and deputies are invited) or for no body, how many
 * meetings it is to fix ("Møte 1", "Møte 2", …), and whether the answer page shows names.
 */
public record PollForm(UUID bodyId, String title, String description,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerBy, Integer meetings, Boolean showNames) {

	static PollForm empty() {
		return new PollForm(null, null, null, null, 1, false);
	}

	boolean namesShown() {
		return Boolean.TRUE.equals(showNames);
	}

}
