package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import klynge.shared.PreconditionRequired;

class VersionsTests {

	@Test
	void ifMatchWinsOverTheBody() {
		assertThat(Versions.expected("\"3\"", 1)).isEqualTo(3);
		assertThat(Versions.expected("W/\"4\"", null)).isEqualTo(4);
		assertThat(Versions.expected(null, 2)).isEqualTo(2);
		assertThat(Versions.etag(5)).isEqualTo("\"5\"");
	}

	@Test
	void aForeignTagNeverMatchesAndNoVersionAtAllIsRequired() {
		assertThat(Versions.expected("\"abc\"", 0)).isEqualTo(-1);
		assertThatThrownBy(() -> Versions.expected(null, null)).isInstanceOf(PreconditionRequired.class);
	}

}
