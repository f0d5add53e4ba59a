package klynge.funding;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import klynge.cluster.CurrentCluster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The public face of the calls: the open calls for anyone, and an Atom feed of them. Only
 * published calls; nothing of drafts, comments or applications.
 */
@Controller
class PublicCallController {

	private final Calls calls;

	private final Funds funds;

	private final CurrentCluster cluster;

	private final String baseUrl;

	PublicCallController(Calls calls, Funds funds, CurrentCluster cluster,
			@Value("${klynge.base-url}") String baseUrl) {
		this.calls = calls;
		this.funds = funds;
		this.cluster = cluster;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/open-calls")
	String open(Model model) {
		model.addAttribute("calls", calls.published());
		model.addAttribute("funds", funds);
		return "funding/open-calls";
	}

	@GetMapping(value = "/open-calls/feed.atom")
	ResponseEntity<String> feed() {
		List<FundingCall> open = calls.published();
		Instant updated = open.stream()
			.map(FundingCall::publishedAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				""");
		xml.append("  <title>").append(escape(cluster.get().name())).append(" – utlysninger</title>\n");
		xml.append("  <id>").append(escape(baseUrl + "/open-calls")).append("</id>\n");
		xml.append("  <link rel=\"self\" href=\"").append(escape(baseUrl + "/open-calls/feed.atom")).append("\"/>\n");
		xml.append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
		for (FundingCall call : open) {
			String link = baseUrl + "/calls/" + call.id();
			Instant at = call.publishedAt() == null ? updated : call.publishedAt();
			xml.append("  <entry>\n");
			xml.append("    <title>").append(escape(call.title())).append("</title>\n");
			xml.append("    <id>urn:uuid:").append(call.id()).append("</id>\n");
			xml.append("    <link href=\"").append(escape(link)).append("\"/>\n");
			xml.append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(at)).append("</updated>\n");
			xml.append("    <author><name>").append(escape(cluster.get().name())).append("</name></author>\n");
			if (call.conditions().deadline() != null) {
				xml.append("    <summary>Frist ")
					.append(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
						.format(call.conditions().deadline().atZone(FundingClock.OSLO)))
					.append("</summary>\n");
			}
			xml.append("  </entry>\n");
		}
		xml.append("</feed>\n");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(xml.toString());
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

}
