package klynge.body;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The body form. */
public class BodyForm {

	@NotNull
	private BodyType type;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate establishedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dissolvedOn;

	@Size(max = 10000)
	private String mandate;

	private UUID predecessorId;

	private Integer sortOrder;

	/**
	 * The body's decision that its observers, facilitator and deputies see exempt items.
	 */
	private boolean observersSeeExempt;

	private int version;

	static BodyForm of(BodyRepository.BodyData body, String currentName) {
		BodyForm form = new BodyForm();
		form.type = body.type();
		form.name = currentName;
		form.establishedOn = body.establishedOn();
		form.dissolvedOn = body.dissolvedOn();
		form.mandate = body.mandate();
		form.predecessorId = body.predecessorId();
		form.sortOrder = body.sortOrder();
		form.observersSeeExempt = body.observersSeeExempt();
		form.version = body.version();
		return form;
	}

	BodyCommand toCommand() {
		return new BodyCommand(type, name, establishedOn, dissolvedOn, mandate, predecessorId, sortOrder,
				observersSeeExempt);
	}

	public BodyType getType() {
		return type;
	}

	public void setType(BodyType type) {
		this.type = type;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public void setEstablishedOn(LocalDate establishedOn) {
		this.establishedOn = establishedOn;
	}

	public LocalDate getDissolvedOn() {
		return dissolvedOn;
	}

	public void setDissolvedOn(LocalDate dissolvedOn) {
		this.dissolvedOn = dissolvedOn;
	}

	public String getMandate() {
		return mandate;
	}

	public void setMandate(String mandate) {
		this.mandate = mandate;
	}

	public UUID getPredecessorId() {
		return predecessorId;
	}

	public void setPredecessorId(UUID predecessorId) {
		this.predecessorId = predecessorId;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public boolean isObserversSeeExempt() {
		return observersSeeExempt;
	}

	public void setObserversSeeExempt(boolean observersSeeExempt) {
		this.observersSeeExempt = observersSeeExempt;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
