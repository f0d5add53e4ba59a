package klynge.importing;

import java.util.List;

import klynge.organisation.PersonRef;

/**
 * Who a name in the imported minutes is in the cluster's registry: matched by code, else
 * by name; otherwise unmatched with suggestions, to be created (with the code) or mapped
 * by the user.
 */
public record PersonMatch(String name, String code, PersonRef person, String matchedBy, List<PersonRef> suggestions) {

	public boolean matched() {
		return person != null;
	}

	/** The form field name of the user's choice for this name. */
	public String choiceKey() {
		return "person:" + name;
	}
}
