package klynge.body;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.body.MembershipRepository.MembershipData;
import org.springframework.format.annotation.DateTimeFormat;

/** The membership form. */
public class MembershipForm {

	@NotNull
	private UUID personId;

	@NotNull
	private MembershipRole role = MembershipRole.MEMBER;

	@NotBlank
	@Size(max = 200)
	private String seat;

	private UUID organisationId;

	private UUID deputyForId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private Integer sortOrder;

	private int version;

	static MembershipForm of(MembershipData m) {
		MembershipForm form = new MembershipForm();
		form.personId = m.personId();
		form.role = m.role();
		form.seat = m.seat();
		form.organisationId = m.organisationId();
		form.deputyForId = m.deputyForId();
		form.validFrom = m.validFrom();
		form.validTo = m.validTo();
		form.sortOrder = m.sortOrder();
		form.version = m.version();
		return form;
	}

	MembershipCommand toCommand() {
		return new MembershipCommand(personId, role, seat, organisationId, deputyForId, validFrom, validTo, sortOrder);
	}

	public UUID getPersonId() {
		return personId;
	}

	public void setPersonId(UUID personId) {
		this.personId = personId;
	}

	public MembershipRole getRole() {
		return role;
	}

	public void setRole(MembershipRole role) {
		this.role = role;
	}

	public String getSeat() {
		return seat;
	}

	public void setSeat(String seat) {
		this.seat = seat;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(UUID organisationId) {
		this.organisationId = organisationId;
	}

	public UUID getDeputyForId() {
		return deputyForId;
	}

	public void setDeputyForId(UUID deputyForId) {
		this.deputyForId = deputyForId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
