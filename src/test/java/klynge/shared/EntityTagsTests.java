package klynge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTests {

	@Test
	void readsStrongAndWeakTags() {
		assertThat(EntityTags.version("\"3\"")).hasValue(3);
		assertThat(EntityTags.version(" W/\"12\" ")).hasValue(12);
		assertThat(EntityTags.of(7)).isEqualTo("\"7\"");
	}

	@Test
	void aMissingHeaderIsEmptyAndAForeignTagMatchesNothing() {
		assertThat(EntityTags.version(null)).isEmpty();
		assertThat(EntityTags.version("  ")).isEmpty();
		assertThat(EntityTags.version("\"abc\"")).hasValue(EntityTags.NO_MATCH);
	}

}
