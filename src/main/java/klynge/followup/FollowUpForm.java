package klynge.followup;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Who follows up what and by when. The owner is a person by initials code ("GG") or a
 * body; exactly one of them.
 */
public record FollowUpForm(@Size(max = 10) String ownerCode, UUID ownerBodyId,
		@NotBlank @Size(max = 2000) String description, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
		FollowUpStatus status, int version) {

	public FollowUpForm {
		status = status == null ? FollowUpStatus.OPEN : status;
		ownerCode = ownerCode == null || ownerCode.isBlank() ? null : ownerCode.trim().toUpperCase(Locale.ROOT);
		description = description == null ? null : description.trim();
	}

	static FollowUpForm empty() {
		return new FollowUpForm(null, null, "", null, FollowUpStatus.OPEN, 0);
	}

	static FollowUpForm of(FollowUp followUp, String ownerCode) {
		return new FollowUpForm(ownerCode, followUp.ownerBodyId(), followUp.description(), followUp.dueOn(),
				followUp.status(), followUp.version());
	}
}
