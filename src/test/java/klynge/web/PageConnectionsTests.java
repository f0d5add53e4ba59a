package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rendering the busiest page many times leaves no database connection behind: a leaked
 * connection (an unclosed JdbcClient stream) exhausts the pool after a few dozen pages
 * and then every request waits, under the overload limit, until it is refused.
 */
@KlyngeIntegrationTest
class PageConnectionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void theSeedMeetingPageReturnsEveryConnection() throws Exception {
		String page = "/meetings/" + uuidOfMd5("meeting:pm-2023-03-27");
		HikariDataSource pool = (HikariDataSource) dataSource;
		int rounds = pool.getMaximumPoolSize() + 5;
		for (int i = 0; i < rounds; i++) {
			mvc.perform(get(page)).andExpect(status().isOk());
			mvc.perform(get(page).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		}
		// a leak keeps one connection per page (dozens); the application's background
		// jobs
		// (outbox, search refresh, job locks) may hold one for a moment in a full run
		assertThat(Eventually.value("active connections", () -> pool.getHikariPoolMXBean().getActiveConnections(),
				active -> active == 0))
			.isZero();
	}

	static String uuidOfMd5(String text) throws Exception {
		String hex = HexFormat.of()
			.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
				+ hex.substring(16, 20) + "-" + hex.substring(20);
	}

}
