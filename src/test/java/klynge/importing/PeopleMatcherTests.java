package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import klynge.organisation.PersonRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, requirement 7: people are matched by name first, the initials code only
 * confirms; a code is never bound to someone with another name.
 */
class PeopleMatcherTests {

	static final PersonRef MARIT = person("MH", "Marit Halvorsen");

	static final PersonRef MARGARETH = person("MAH", "Margareth Hagen");

	static final PersonRef KJELL = person("KAW", "Kjell A. Wolff");

	static final PersonRef BARD = person("BM", "Bård Mæland");

	static final PersonRef GUNN = person("GPK", "Gun Peggy Knudsen");

	static final List<PersonRef> ALL = List.of(MARIT, MARGARETH, KJELL, BARD, GUNN);

	static PersonRef person(String code, String name) {
		return new PersonRef(UUID.nameUUIDFromBytes(name.getBytes()), name, code);
	}

	@Test
	void aCodeHeldBySomeoneWithAnotherNameIsNeverBound() {
		PersonMatch match = PeopleMatcher.match("Margareth Hagen", "MH", List.of(MARIT));
		assertThat(match.person()).isNull();
		assertThat(match.codeHolder()).isEqualTo(MARIT);
		assertThat(match.alternatives()).contains(MARIT);
	}

	@Test
	void theNameWinsOverTheCode() {
		PersonMatch match = PeopleMatcher.match("Margareth Hagen", "MH", ALL);
		assertThat(match.person()).isEqualTo(MARGARETH);
		assertThat(match.matchedBy()).isEqualTo("exact");
		assertThat(match.codeHolder()).isEqualTo(MARIT);
	}

	@Test
	void nameAndCodeAgree() {
		PersonMatch match = PeopleMatcher.match("Marit Halvorsen", "MH", ALL);
		assertThat(match.person()).isEqualTo(MARIT);
		assertThat(match.matchedBy()).isEqualTo("nameAndCode");
		assertThat(match.codeHolder()).isNull();
	}

	@Test
	void nameVariantsMatch() {
		assertThat(PeopleMatcher.match("Hagen, Margareth", null, ALL).person()).isEqualTo(MARGARETH);
		assertThat(PeopleMatcher.match("Hagen, Margareth", null, ALL).matchedBy()).isEqualTo("variant");
		assertThat(PeopleMatcher.match("Kjell Wolff", null, ALL).person()).isEqualTo(KJELL);
		assertThat(PeopleMatcher.match("Kjell Arne Wolff", null, ALL).person()).isEqualTo(KJELL);
		assertThat(PeopleMatcher.match("Gun Knudsen", null, ALL).person()).isEqualTo(GUNN);
		assertThat(PeopleMatcher.match("Bard Maeland", null, ALL).matchedBy()).isEqualTo("variant");
		assertThat(PeopleMatcher.match("BÅRD MÆLAND", null, ALL).person()).isEqualTo(BARD);
		assertThat(PeopleMatcher.match("Margareth  Hagen (UiB)", null, ALL).person()).isEqualTo(MARGARETH);
	}

	@Test
	void damagedNamesMatchFuzzilyAndSaySo() {
		PersonMatch lost = PeopleMatcher.match("B?rd M?land", null, ALL);
		assertThat(lost.person()).isEqualTo(BARD);
		assertThat(lost.matchedBy()).isEqualTo("fuzzy");
		assertThat(PeopleMatcher.match("Margaret Hagen", null, ALL).person()).isEqualTo(MARGARETH);
	}

	@Test
	void aCodeWithASimilarNameBindsAndSaysSo() {
		PersonMatch match = PeopleMatcher.match("M. Halvorsen", "MH", ALL);
		assertThat(match.person()).isEqualTo(MARIT);
	}

	@Test
	void strangersAreNotMatchedButGetAlternatives() {
		PersonMatch match = PeopleMatcher.match("Marius Halvorsen", null, ALL);
		assertThat(match.person()).isNull();
		assertThat(match.alternatives()).first().isEqualTo(MARIT);
		assertThat(PeopleMatcher.match("Ola Nordmann", "ON", ALL).person()).isNull();
	}

}
