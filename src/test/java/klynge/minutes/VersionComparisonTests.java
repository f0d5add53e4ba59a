package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class VersionComparisonTests {

	static final UUID A = UUID.randomUUID();

	static final UUID B = UUID.randomUUID();

	static MinutesVersion version(int number, SnapshotItem... items) {
		return new MinutesVersion(number, "SENT", null, null, "sekretariat", List.of(items));
	}

	@Test
	void marksChangedPartsPerItem() {
		VersionComparison comparison = VersionComparison.of(
				version(1, new SnapshotItem(A, "03-23", "Årsmelding", "Tekst", null, null, "Vedtak en"),
						new SnapshotItem(B, "04-23", "Leder", "Uendret", "Overskrift;", "a\nb", null)),
				version(3, new SnapshotItem(A, "03-23", "Årsmelding", "Tekst ", null, null, "Vedtak to"),
						new SnapshotItem(B, "04-23", "Leder", "Uendret", "Overskrift;", "a\nb", null)));
		assertThat(comparison.left()).isEqualTo(1);
		assertThat(comparison.right()).isEqualTo(3);
		assertThat(comparison.rows()).hasSize(2);
		var first = comparison.rows().get(0);
		assertThat(first.changed()).isTrue();
		assertThat(first.fields()).extracting(VersionComparison.Field::name, VersionComparison.Field::changed)
			.containsExactly(Tuple.tuple("notes", false), Tuple.tuple("feedback", false),
					Tuple.tuple("decision", true));
		assertThat(comparison.rows().get(1).changed()).isFalse();
		assertThat(comparison.anyChange()).isTrue();
	}

	@Test
	void itemsInOnlyOneVersionShowAsChanged() {
		VersionComparison comparison = VersionComparison.of(version(1),
				version(2, new SnapshotItem(A, "05-23 a", "Helsepersonellkommisjonen", "Ny", null, null, null)));
		assertThat(comparison.rows()).singleElement().satisfies(row -> {
			assertThat(row.label()).isEqualTo("05-23 a");
			assertThat(row.changed()).isTrue();
			assertThat(row.fields().get(0).left()).isNull();
			assertThat(row.fields().get(0).right()).isEqualTo("Ny");
		});
	}

	@Test
	void identicalVersionsHaveNoChange() {
		SnapshotItem item = new SnapshotItem(A, "01-23", "Godkjenning", "Referat godkjent.", null, null, null);
		assertThat(VersionComparison.of(version(1, item), version(2, item)).anyChange()).isFalse();
	}

}
