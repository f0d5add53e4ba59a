package klynge.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import klynge.shared.WebLink;
import org.springframework.format.annotation.DateTimeFormat;

/** A link to a document (Teams, SharePoint, the web) for an agenda item. */
public record ItemDocumentForm(@NotBlank @Size(max = 500) String title,
		@NotBlank @Size(max = 2000) @WebLink(sitePaths = true, message = "{document.url.invalid}") String url,
		Access access, @Size(max = 200) String exemptionBasis, @Size(max = 500) String publicTitle,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exemptionEnds) {

	Exemption exemption() {
		return new Exemption(access, exemptionBasis == null || exemptionBasis.isBlank() ? null : exemptionBasis.trim(),
				publicTitle == null || publicTitle.isBlank() ? null : publicTitle.trim(), exemptionEnds);
	}
}
