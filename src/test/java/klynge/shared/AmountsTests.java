package klynge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one amount reader: the union of what the budget, application, award and follow-on
 * forms read before (each listed), and what none of them should.
 */
class AmountsTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			650000             | 650000
			650 000            | 650000
			650\u00a0000       | 650000
			650\u202f000       | 650000
			650_000            | 650000
			kr 650 000         | 650000
			kr. 650 000        | 650000
			Kr650000           | 650000
			650 000 kr         | 650000
			NOK 650 000        | 650000
			650 000,-          | 650000
			650 000.-          | 650000
			kr 650 000,-       | 650000
			650 000,50         | 650000.50
			kr 650 000,5       | 650000.5
			650.50             | 650.50
			650.000            | 650000
			1.500.000          | 1500000
			1.500.000,50       | 1500000.50
			1,500,000.50       | 1500000.50
			1,5 mill.          | 1500000
			2 mill             | 2000000
			0,75 millioner     | 750000
			0                  | 0
			−1 500             | -1500
			-1500              | -1500
			1,255              | 1.255
			""")
	void readsTheNorwegianWays(String typed, BigDecimal expected) {
		assertThat(Amounts.parse(typed)).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u00a0" })
	void blankIsNoAmount(String typed) {
		assertThat(Amounts.parse(typed)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mye", "12a", "kr", "1 500,50,25", "1.50.000", "1,50,000", "--5", "5-", "1 2.3,4,5",
			"<script>", "1e5", "0x10", "mill." })
	void whatIsNoAmountIsRefused(String typed) {
		assertThatThrownBy(() -> Amounts.parse(typed)).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest(name = "{0} valid: {1}")
	@CsvSource({ "0, true", "650000.50, true", "999999999999.99, true", "1000000000000, false", "-1, false",
			"1.255, false", "1.250, true" })
	void validIsNotNegativeTwoDecimalsAndTwelveDigits(BigDecimal amount, boolean valid) {
		assertThat(Amounts.valid(amount)).isEqualTo(valid);
	}

	@ParameterizedTest(name = "{0} is written {1}")
	@CsvSource(delimiter = '|', textBlock = """
			650000.00   | kr\u00a0650\u00a0000
			1250.5      | kr\u00a01\u00a0250,50
			0           | kr\u00a00
			-1500       | kr\u00a0\u22121\u00a0500
			""")
	void writesTheClusterWay(BigDecimal amount, String written) {
		assertThat(Amounts.format(amount)).isEqualTo(written);
		assertThat(Amounts.parse(written)).isEqualByComparingTo(amount);
	}

}
