package klynge.collaboration;

import static klynge.collaboration.PartnerStatus.DIALOG;
import static klynge.collaboration.PartnerStatus.ENDED;
import static klynge.collaboration.PartnerStatus.FORMALISED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The status rules of a collaboration partner and who sees it publicly. */
class CollaborationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static final LocalDate SINCE = LocalDate.of(2021, 6, 3);

	@Test
	void dialogIsFormalisedOrEnds() {
		assertThat(PartnerRules.allowed(DIALOG, FORMALISED)).isTrue();
		assertThat(PartnerRules.allowed(DIALOG, ENDED)).isTrue();
	}

	@Test
	void aFormalisedPartnershipEndsOrGoesBackToDialog() {
		assertThat(PartnerRules.allowed(FORMALISED, ENDED)).isTrue();
		assertThat(PartnerRules.allowed(FORMALISED, DIALOG)).isTrue();
	}

	@Test
	void anEndedCollaborationStartsAgainOnlyAsDialog() {
		assertThat(PartnerRules.allowed(ENDED, DIALOG)).isTrue();
		assertThat(PartnerRules.allowed(ENDED, FORMALISED)).isFalse();
		assertThatThrownBy(() -> PartnerRules.checkChange(ENDED, SINCE, FORMALISED, TODAY, TODAY))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo("collaboration.status.illegal");
	}

	@Test
	void theSameStatusIsNoChange() {
		for (PartnerStatus status : PartnerStatus.values()) {
			assertThat(PartnerRules.allowed(status, status)).isFalse();
			assertThatThrownBy(() -> PartnerRules.checkChange(status, SINCE, status, TODAY, TODAY))
				.extracting(e -> ((RuleViolation) e).messageKey())
				.isEqualTo("collaboration.status.same");
		}
	}

	@Test
	void aChangeIsDatedBetweenTheCurrentStatusAndToday() {
		PartnerRules.checkChange(DIALOG, SINCE, FORMALISED, SINCE, TODAY);
		PartnerRules.checkChange(DIALOG, SINCE, FORMALISED, TODAY, TODAY);
		assertThatThrownBy(() -> PartnerRules.checkChange(DIALOG, SINCE, FORMALISED, SINCE.minusDays(1), TODAY))
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo("collaboration.status.beforeSince");
		assertThatThrownBy(() -> PartnerRules.checkChange(DIALOG, SINCE, FORMALISED, TODAY.plusDays(1), TODAY))
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo("collaboration.status.future");
		assertThatThrownBy(() -> PartnerRules.checkChange(DIALOG, SINCE, FORMALISED, null, TODAY))
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo("collaboration.status.dateRequired");
		assertThatThrownBy(() -> PartnerRules.checkChange(DIALOG, SINCE, null, TODAY, TODAY))
			.extracting(e -> ((RuleViolation) e).field())
			.isEqualTo("status");
	}

	@Test
	void aNewPartnerStartsInDialogOrFormalisedNeverEnded() {
		PartnerRules.checkInitial(DIALOG, TODAY, TODAY);
		PartnerRules.checkInitial(FORMALISED, SINCE, TODAY);
		assertThatThrownBy(() -> PartnerRules.checkInitial(ENDED, SINCE, TODAY))
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo("collaboration.status.initial");
	}

	@Test
	void formalisedIsPublicUnlessHiddenDialogOnlyWhenShownEndedNever() {
		assertThat(PartnerRules.isPublic(FORMALISED, null)).isTrue();
		assertThat(PartnerRules.isPublic(FORMALISED, false)).isFalse();
		assertThat(PartnerRules.isPublic(DIALOG, null)).isFalse();
		assertThat(PartnerRules.isPublic(DIALOG, true)).isTrue();
		assertThat(PartnerRules.isPublic(ENDED, null)).isFalse();
		assertThat(PartnerRules.isPublic(ENDED, true)).isFalse();
	}

	@Test
	void theReportNamesOnceFormalisedPartnersButNotHiddenOnes() {
		assertThat(PartnerRules.namedInReport(ENDED, null, true)).isTrue();
		assertThat(PartnerRules.namedInReport(ENDED, null, false)).isFalse();
		assertThat(PartnerRules.namedInReport(FORMALISED, false, true)).isFalse();
		assertThat(PartnerRules.namedInReport(DIALOG, true, false)).isTrue();
		assertThat(PartnerRules.namedInReport(DIALOG, null, false)).isFalse();
	}

	@Test
	void theFormIsCheckedFieldByField() {
		PartnerForm ok = new PartnerForm(" Idrettsklynge Vest ", "CLUSTER", "https://example.org", "", "auto", "",
				"ola@example.org", "+47 55 00 00 00", "DIALOG", "2021-06-03", null);
		PartnerFields fields = PartnerFields.of(ok);
		assertThat(fields.name()).isEqualTo("Idrettsklynge Vest");
		assertThat(fields.description()).isNull();
		assertThat(fields.showPublicly()).isNull();
		assertThat(field(new PartnerForm("", "CLUSTER", null, null, "auto", null, null, null, null, null, null)))
			.isEqualTo("name");
		assertThat(field(new PartnerForm("X", "PLANET", null, null, "auto", null, null, null, null, null, null)))
			.isEqualTo("kind");
		assertThat(field(new PartnerForm("X", "CLUSTER", "javascript:alert(1)", null, "auto", null, null, null, null,
				null, null)))
			.isEqualTo("webSite");
		assertThat(field(
				new PartnerForm("X", "CLUSTER", null, null, "auto", null, "not-an-address", null, null, null, null)))
			.isEqualTo("contactEmail");
		assertThat(field(new PartnerForm("X", "CLUSTER", null, null, "auto", null, null, "<script>", null, null, null)))
			.isEqualTo("contactPhone");
		assertThat(field(
				new PartnerForm("X".repeat(201), "CLUSTER", null, null, "auto", null, null, null, null, null, null)))
			.isEqualTo("name");
	}

	private static String field(PartnerForm form) {
		try {
			PartnerFields.of(form);
			return null;
		}
		catch (RuleViolation violation) {
			return violation.field();
		}
	}

}
