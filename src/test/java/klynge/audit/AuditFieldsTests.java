package klynge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AuditFieldsTests {

	@Test
	void marksOnlyTheFieldsAnUpdateChanged() {
		var fields = AuditFields.of("""
				{"id": "x", "name": "Alrek", "primary_colour": "#005a6e", "version": 1, "logo_svg": null}""",
				"""
						{"id": "x", "name": "Alrek helseklynge", "primary_colour": "#005a6e", "version": 2, "logo_svg": null}""");

		assertThat(fields).extracting(AuditFields.Field::name)
			.containsExactly("id", "name", "primary_colour", "version", "logo_svg");
		assertThat(fields).filteredOn(AuditFields.Field::changed)
			.extracting(AuditFields.Field::name)
			.containsExactly("name", "version");
		assertThat(fields.get(1)).isEqualTo(new AuditFields.Field("name", "Alrek", "Alrek helseklynge", true));
		assertThat(fields.get(3).before()).isEqualTo("1");
		assertThat(fields.get(4).after()).isNull();
	}

	@Test
	void theShortListLeavesOutTheVersionCounter() {
		assertThat(AuditFields.changedNames("""
				{"name": "A", "secondary_colour": "#000000", "version": 3}""", """
				{"name": "A", "secondary_colour": "#ffffff", "version": 4}""")).containsExactly("secondary_colour");
	}

	@Test
	void anInsertHasOnlyAfterAndChangesNothing() {
		var fields = AuditFields.of(null, """
				{"id": "x", "code": "MH"}""");

		assertThat(fields).extracting(AuditFields.Field::before).containsOnlyNulls();
		assertThat(fields).extracting(AuditFields.Field::after).containsExactly("x", "MH");
		assertThat(fields).noneMatch(AuditFields.Field::changed);
	}

	@Test
	void aFieldThatBecomesNullHasChanged() {
		assertThat(AuditFields.changedNames("""
				{"valid_to": "2023-12-31"}""", """
				{"valid_to": null}""")).containsExactly("valid_to");
	}

	@Test
	void rowShowsTheTimeInTheClustersZoneAndShortensLongLists() {
		var entry = new AuditEntry(7, OffsetDateTime.of(2023, 3, 27, 12, 0, 5, 0, ZoneOffset.UTC), "sekretariat",
				"person", "UPDATE", "id-1", """
						{"a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 1, "version": 1}""", """
						{"a": 2, "b": 2, "c": 2, "d": 2, "e": 2, "f": 2, "version": 2}""");

		AuditRow row = AuditRow.of(entry, ZoneId.of("Europe/Oslo"));

		assertThat(row.time()).isEqualTo("27.03.2023 14:00:05");
		assertThat(row.changedFields()).containsExactly("a", "b", "c", "d", "e", "f");
		assertThat(row.changedSummary()).isEqualTo("a, b, c, d, e, \u2026");
		assertThat(row.changedCount()).isEqualTo(7);
	}

	@Test
	void insertsListNoChangedFields() {
		var entry = new AuditEntry(8, OffsetDateTime.now(), "system", "person", "INSERT", "id-2", null, """
				{"code": "MH"}""");

		assertThat(AuditRow.of(entry, ZoneId.of("UTC")).changedSummary()).isEmpty();
	}

	@Test
	void pageLinksKeepTheFilter() {
		var filter = new AuditFilter("sekretariat", "person", "UPDATE", LocalDate.of(2023, 3, 1), null, " ");

		assertThat(AuditController.link(filter, 2))
			.isEqualTo("/audit?actor=sekretariat&table=person&operation=UPDATE&from=2023-03-01&page=2");
		assertThat(AuditController.link(new AuditFilter("Kari Nord", null, null, null, null, null), 0))
			.isEqualTo("/audit?actor=Kari%20Nord&page=0");
	}

}
