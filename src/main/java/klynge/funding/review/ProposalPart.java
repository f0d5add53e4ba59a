package klynge.funding.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.funding.Money;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingViewContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The committee's proposal as a table under its agenda item, in the page, the PDF, the
 * Word file and the mails alike: rank, title, organisations, score, proposed amount and
 * the frame. Read by the whole body and, for a public item, by anyone, so it carries
 * nothing of the applicants' texts or the reviewers' comments; a viewer recused from an
 * application sees no score for it.
 */
@Component
class ProposalPart implements MeetingViewContributor {

	private final ProposalRepository proposals;

	private final ReviewRepository reviews;

	private final ReviewGate gate;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	ProposalPart(ProposalRepository proposals, ReviewRepository reviews, ReviewGate gate, CurrentCluster cluster,
			MessageSource messages) {
		this.proposals = proposals;
		this.reviews = reviews;
		this.gate = gate;
		this.cluster = cluster;
		this.messages = messages;
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		UUID clusterId = cluster.id();
		List<MeetingPart> parts = new ArrayList<>();
		for (ProposalRepository.Proposal proposal : proposals.ofItems(clusterId, agenda.ids())) {
			List<ProposalRepository.Line> lines = proposals.lines(clusterId, proposal.id());
			Set<UUID> hidden = gate.recusedPersonFrom(agenda.viewer().personId(),
					lines.stream().map(ProposalRepository.Line::applicationId).toList());
			String callTitle = reviews.call(clusterId, proposal.callId())
				.map(ReviewRepository.CallRow::title)
				.orElse("");
			parts.add(MeetingPart.of(proposal.itemId(), MeetingPart.Slot.NOTES,
					List.of(new MeetingPart.Html(table(callTitle, proposal.frame(), lines, hidden)))));
		}
		return parts;
	}

	String table(String callTitle, BigDecimal frame, List<ProposalRepository.Line> lines, Set<UUID> hidden) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Integer, Long> tied = lines.stream()
			.filter(l -> l.rank() != null)
			.collect(Collectors.groupingBy(ProposalRepository.Line::rank, Collectors.counting()));
		StringBuilder html = new StringBuilder();
		html.append("<p><strong>")
			.append(escape(msg("review.proposal.caption", locale, callTitle)))
			.append("</strong>");
		if (frame != null) {
			html.append(" ").append(escape(msg("review.proposal.frame", locale, Money.format(frame))));
		}
		html.append("</p><table class=\"ds-table proposal\" data-reflow=\"\"><thead><tr>");
		for (String key : List.of("rank", "title", "organisations", "score", "amount")) {
			html.append("<th scope=\"col\">")
				.append(escape(msg("review.proposal.column." + key, locale)))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		BigDecimal total = BigDecimal.ZERO;
		for (ProposalRepository.Line line : lines) {
			boolean recused = hidden.contains(line.applicationId());
			String rank = line.rank() == null ? "" : tied.getOrDefault(line.rank(), 1L) > 1
					? msg("review.rank.shared", locale, line.rank()) : line.rank() + ".";
			String score = recused ? msg("review.recused.short", locale) : line.score() == null ? ""
					: msg("review.score.withCount", locale, decimal(line.score()), line.reviews());
			html.append("<tr>")
				.append(cell("rank", rank, locale))
				.append(cell("title", line.title(), locale))
				.append(cell("organisations", line.organisations(), locale))
				.append(cell("score", score, locale))
				.append(cell("amount", line.amount() == null ? "–" : Money.format(line.amount()), locale))
				.append("</tr>");
			if (line.amount() != null) {
				total = total.add(line.amount());
			}
		}
		html.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"4\">")
			.append(escape(msg("review.proposal.total", locale)))
			.append("</th><td>")
			.append(escape(Money.format(total)))
			.append("</td></tr></tfoot></table>");
		return html.toString();
	}

	private String cell(String key, String text, Locale locale) {
		return "<td data-label=\"" + escape(msg("review.proposal.column." + key, locale)) + "\">" + escape(text)
				+ "</td>";
	}

	static String decimal(BigDecimal score) {
		return score.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** XML-safe (the Word file parses the block as XHTML): only the five specials. */
	static String escape(String text) {
		return text == null ? ""
				: text.replace("&", "&amp;")
					.replace("<", "&lt;")
					.replace(">", "&gt;")
					.replace("\"", "&quot;")
					.replace("'", "&#39;");
	}

}
