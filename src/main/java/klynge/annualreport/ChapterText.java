package klynge.annualreport;

/**
 * What people wrote before and after a chapter's generated facts (either may be null).
 */
record ChapterText(String before, String after) {

	static final ChapterText NONE = new ChapterText(null, null);

}
