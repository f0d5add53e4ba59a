package klynge.ideabank;

/** The idea bank's filters, as GET parameters: blank means any. */
record PosterSearch(String tema, String institusjon, Integer aar, String q) {

	static PosterSearch of(String tema, String institusjon, String aar, String q) {
		Integer year = null;
		if (aar != null && aar.strip().matches("\\d{4}")) {
			year = Integer.valueOf(aar.strip());
		}
		return new PosterSearch(blank(tema), blank(institusjon), year, blank(q));
	}

	public boolean any() {
		return tema != null || institusjon != null || aar != null || q != null;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
