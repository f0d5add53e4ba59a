package klynge.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.cluster.CurrentCluster;
import klynge.shared.SearchSource;
import klynge.shared.YearInReview.Chapter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Published annual reports for search, as {@code /arsmelding/{year}} shows them: the
 * decision, the introduction, and each chapter's title, written texts, paragraphs and
 * table cells. Drafts and reports not yet published are not indexed.
 */
@Component
class AnnualReportSearchSource implements SearchSource {

	private final AnnualReportRepository repository;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	AnnualReportSearchSource(AnnualReportRepository repository, CurrentCluster cluster, MessageSource messages) {
		this.repository = repository;
		this.cluster = cluster;
		this.messages = messages;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		var current = cluster.get();
		return repository.all(clusterId).stream().filter(AnnualReport::published).map(report -> {
			String title = messages.getMessage("annualreport.documentTitle",
					new Object[] { report.year(), current.name() }, current.locale());
			return Entry.open("REPORT", report.id(), "/arsmelding/" + report.year(), title, text(report), report.year(),
					report.status().name(), Reach.PUBLIC);
		});
	}

	static String text(AnnualReport report) {
		List<String> parts = new ArrayList<>();
		parts.add(report.decision());
		parts.add(report.introduction());
		for (Chapter chapter : report.chapters()) {
			ChapterText written = report.textOf(chapter.key());
			parts.add(chapter.title());
			parts.add(written.before());
			parts.addAll(chapter.paragraphs());
			chapter.tables().forEach(table -> {
				parts.add(table.caption());
				table.rows().forEach(row -> parts.add(String.join(" ", row)));
			});
			parts.add(written.after());
		}
		return String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
	}

}
