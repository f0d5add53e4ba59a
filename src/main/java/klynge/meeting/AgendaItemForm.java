package klynge.meeting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;

/** What the secretariat enters for an agenda item. */
public record AgendaItemForm(UUID parentId, @NotNull AgendaItemType type, @NotBlank @Size(max = 500) String title,
		UUID presenterPersonId, @Size(max = 500) String presenterText, @Size(max = 20000) String proposedDecision,
		@Size(max = 2000) String priorHandling, @Min(1) @Max(600) Integer plannedMinutes, boolean raisedAtMeeting,
		Access access, @Size(max = 200) String exemptionBasis, @Size(max = 500) String publicTitle,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exemptionEnds, int version) {

	static AgendaItemForm empty() {
		return new AgendaItemForm(null, AgendaItemType.INFORMATION, null, null, null, null, null, null, false,
				Access.PUBLIC, null, null, null, 0);
	}

	static AgendaItemForm of(AgendaItem item) {
		return new AgendaItemForm(item.parentId(), item.type(), item.title(), item.presenterPersonId(),
				item.presenterText(), item.proposedDecision(), item.priorHandling(), item.plannedMinutes(),
				item.raisedAtMeeting(), item.access(), item.exemptionBasis(), item.publicTitle(), item.exemptionEnds(),
				item.version());
	}

	Exemption exemption() {
		return new Exemption(access, Text.blankToNull(exemptionBasis), Text.blankToNull(publicTitle), exemptionEnds);
	}

}
