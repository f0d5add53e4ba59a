package klynge.importing;

import java.util.List;

import klynge.organisation.PersonRef;

/**
 * Who a name in the imported minutes is in the cluster's registry, and why
 * ({@link PeopleMatcher}): {@code matchedBy} is "exact" (the name as written),
 * "nameAndCode" (name and initials code agree), "variant" (order, diacritics or middle
 * names differ), "fuzzy" (a close name) or "codeSimilar" (the code, with a similar name);
 * null when nobody matched. {@code alternatives} are other people it may be; a code held
 * by someone whose name is not close is never bound, only shown ({@code codeHolder}). The
 * user may pick another person, create one or keep the name only (guest).
 */
public record PersonMatch(String name, String code, PersonRef person, String matchedBy, List<PersonRef> alternatives,
		PersonRef codeHolder) {

	public boolean matched() {
		return person != null;
	}

	/** The form field name of the user's choice for this name. */
	public String choiceKey() {
		return "person:" + name;
	}
}
