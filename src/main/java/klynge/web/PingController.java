package klynge.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cheapest page there is: the baseline the benchmarks compare real pages with. */
@RestController
class PingController {

	@GetMapping(value = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> ping() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("ok");
	}

}
