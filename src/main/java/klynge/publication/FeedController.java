package klynge.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The Atom feeds, anonymous, for the cluster of the host. Each answer carries an entity
 * tag of its bytes, so a feed reader gets 304 while nothing it shows has changed, and a
 * new body (a new tag) as soon as something has: an exemption that ended today too, as
 * the feed is written anew on every request ({@code no-cache}: always revalidate).
 */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Feeds feeds;

	FeedController(Feeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feed/protokoller.atom")
	ResponseEntity<byte[]> minutes(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String tag) {
		return answer(feeds::minutes, tag);
	}

	@GetMapping("/feed/vedtak.atom")
	ResponseEntity<byte[]> decisions(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String tag) {
		return answer(feeds::decisions, tag);
	}

	@GetMapping("/feed/utlysninger.atom")
	ResponseEntity<byte[]> calls(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String tag) {
		return answer(feeds::calls, tag);
	}

	@GetMapping("/feed/arrangementer.atom")
	ResponseEntity<byte[]> events(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String tag) {
		return answer(feeds::events, tag);
	}

	private static ResponseEntity<byte[]> answer(Supplier<Feed> feed, String ifNoneMatch) {
		return answer(FeedWriter.write(feed.get()), ATOM, ifNoneMatch);
	}

	/** The body with its entity tag, or 304 when the reader has these very bytes. */
	static ResponseEntity<byte[]> answer(byte[] body, MediaType type, String ifNoneMatch) {
		String tag = tag(body);
		if (ifNoneMatch != null && (ifNoneMatch.contains(tag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(tag)
				.cacheControl(CacheControl.noCache())
				.build();
		}
		return ResponseEntity.ok().contentType(type).eTag(tag).cacheControl(CacheControl.noCache()).body(body);
	}

	private static String tag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
