package klynge.importing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeedFormatWriterTests {

	static List<String> files() {
		List<String> all = new ArrayList<>(List.of(Fixtures.PM, Fixtures.AG));
		all.addAll(Fixtures.OTHERS);
		return all;
	}

	@ParameterizedTest
	@MethodSource("files")
	void writingAndReadingAgainGivesTheSameStructure(String file) {
		ImportedMinutes first = Fixtures.parse(file);
		String written = SeedFormatWriter.write(first);
		ImportedMinutes again = MinutesTextParser.parse(file, written);
		assertThat(again.bodyName()).isEqualTo(first.bodyName());
		assertThat(again.date()).isEqualTo(first.date());
		assertThat(again.startsAt()).isEqualTo(first.startsAt());
		assertThat(again.endsAt()).isEqualTo(first.endsAt());
		assertThat(again.place()).isEqualTo(first.place());
		assertThat(again.attendees()).containsExactlyElementsOf(first.attendees());
		assertThat(again.deputies()).containsExactlyElementsOf(first.deputies());
		assertThat(again.chair()).isEqualTo(first.chair());
		assertThat(again.items()).hasSameSizeAs(first.items());
		for (int i = 0; i < first.items().size(); i++) {
			ImportedItem a = first.items().get(i);
			ImportedItem b = again.items().get(i);
			assertThat(b.caseNumber()).as("item %d", i).isEqualTo(a.caseNumber());
			assertThat(b.title()).isEqualTo(a.title());
			assertThat(b.type()).isEqualTo(a.type());
			assertThat(b.presenter()).isEqualTo(a.presenter());
			assertThat(b.notes()).isEqualTo(a.notes());
			assertThat(b.feedbackHeading()).isEqualTo(a.feedbackHeading());
			assertThat(b.feedback()).isEqualTo(a.feedback());
			assertThat(b.proposal()).isEqualTo(a.proposal());
			assertThat(b.decision()).isEqualTo(a.decision());
			assertThat(b.votes()).isEqualTo(a.votes());
			assertThat(b.followUps()).isEqualTo(a.followUps());
			assertThat(b.documents()).isEqualTo(a.documents());
			assertThat(b.subItems()).isEqualTo(a.subItems());
			assertThat(b.uncertain()).isEqualTo(a.uncertain());
		}
		assertThat(again).isEqualTo(first);
	}

}
