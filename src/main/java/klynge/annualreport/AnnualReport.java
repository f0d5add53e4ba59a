package klynge.annualreport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.shared.YearInReview.Chapter;

/**
 * A year's report: the generated chapters (a snapshot) and the texts people wrote around
 * them, keyed by chapter key.
 */
record AnnualReport(UUID id, int year, ReportStatus status, String introduction, List<Chapter> chapters,
		Map<String, ChapterText> texts, OffsetDateTime generatedAt, UUID itemId, String decision, boolean published,
		int version) {

	ChapterText textOf(String chapterKey) {
		return texts.getOrDefault(chapterKey, ChapterText.NONE);
	}

}
