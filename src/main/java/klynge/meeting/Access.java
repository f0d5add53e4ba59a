package klynge.meeting;

/**
 * Who may see an item or document: everyone, the body's members, or exempt from public
 * access (unntatt offentlighet, Noark 5 tilgangsrestriksjon) with a legal basis
 * (skjermingshjemmel).
 */
public enum Access {

	PUBLIC, MEMBERS, EXEMPT;

	public String messageKey() {
		return "access." + name();
	}

}
