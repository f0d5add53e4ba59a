package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InitialsCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "KW", "KAW", "GPK", "ØV", "ÆÅØ", "ABCDEF" })
	void acceptsTwoToSixLettersIncludingNorwegianOnes(String code) {
		assertThat(InitialsCode.of(code).value()).isEqualTo(code);
	}

	@Test
	void trimsAndUpperCases() {
		assertThat(InitialsCode.of("  øv ").value()).isEqualTo("ØV");
		assertThat(InitialsCode.of("kaw").value()).isEqualTo("KAW");
		assertThat(InitialsCode.of("\tæå\n").value()).isEqualTo("ÆÅ");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "K", "ABCDEFG", "K W", "K1", "KW.", "ÄÖ", "Ü", "K-W", "   " })
	void rejectsEverythingElseBesideTheCodeField(String code) {
		assertThatThrownBy(() -> InitialsCode.of(code)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo("code");
			assertThat(violation.messageKey()).isEqualTo("person.code.invalid");
		});
	}

	/**
	 * Upper-casing must not make a code out of something else: "ß" became "SS", "ﬀ"
	 * became "FF".
	 */
	@ParameterizedTest
	@ValueSource(strings = { "ß", "aß", "ßa", "gß", "ﬀ", "ǆ" })
	void lettersThatUpperCaseIntoOtherLettersAreRejected(String code) {
		assertThatThrownBy(() -> InitialsCode.of(code)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.messageKey()).isEqualTo("person.code.invalid"));
	}

	@Test
	void theConstructorDoesNotNormalise() {
		assertThatThrownBy(() -> new InitialsCode("kw")).isInstanceOf(RuleViolation.class);
	}

	@Test
	void equalCodesAreEqual() {
		assertThat(InitialsCode.of("gg")).isEqualTo(InitialsCode.of("GG")).hasToString("GG");
	}

}
