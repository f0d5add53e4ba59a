package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import klynge.KlyngeIntegrationTest;
import klynge.security.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The main menu is built from the modules' NavigationEntry beans, each shown only to
 * those who may use it.
 */
@KlyngeIntegrationTest
class NavigationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<NavigationEntry> entries;

	@Test
	void everyModuleContributesItsEntries() {
		assertThat(entries).extracting(NavigationEntry::path)
			.contains("/meetings", "/bodies", "/organisations", "/cases", "/followups/mine", "/people", "/calendar",
					"/imports", "/mail/outbox", "/accounts", "/settings/export", "/audit", "/settings");
	}

	@Test
	void anonymousVisitorsSeeOnlyThePublicEntriesInOrder() throws Exception {
		String page = menu(mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString());
		assertThat(page).containsSubsequence("href=\"/meetings\"", "href=\"/bodies\"", "href=\"/organisations\"",
				"href=\"/cases\"");
		assertThat(page).doesNotContain("href=\"/people\"", "href=\"/calendar\"", "href=\"/accounts\"",
				"href=\"/settings\"");
	}

	@Test
	void membersSeeTheirOwnEntriesButNotTheAdministrators() throws Exception {
		String page = menu(mvc.perform(get("/meetings").with(user("medlem").roles("MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("href=\"/followups/mine\"", "href=\"/people\"", "href=\"/calendar\"");
		assertThat(page).doesNotContain("href=\"/imports\"", "href=\"/accounts\"", "href=\"/audit\"");
	}

	@Test
	void administratorsSeeEverything() throws Exception {
		String page = menu(mvc.perform(get("/meetings").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).containsSubsequence("href=\"/meetings\"", "href=\"/calendar\"", "href=\"/imports\"",
				"href=\"/mail/outbox\"", "href=\"/accounts\"", "href=\"/settings/export\"", "href=\"/audit\"",
				"href=\"/settings\"");
	}

	@Test
	void pagesAboutTheClusterAreInTheVisitorsMenuAndInEveryonesFooter() throws Exception {
		String visitor = mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString();
		String staff = mvc.perform(get("/meetings").with(user("sekretariat").roles("SECRETARIAT")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] about = { "href=\"/tildelinger\"", "href=\"/vervinnehavere\"", "href=\"/samarbeidspartnere\"",
				"href=\"/idebank\"", "href=\"/brukerpanelet\"", "href=\"/strategi\"" };
		assertThat(menu(visitor)).contains(about);
		assertThat(menu(staff)).doesNotContain(about).contains("href=\"/strategi/admin\"");
		assertThat(footer(visitor)).contains("Om klyngen").contains(about);
		assertThat(footer(staff)).contains("Om klyngen").contains(about);
	}

	private static String footer(String page) {
		return page.substring(page.indexOf("<footer"));
	}

	private static String menu(String page) {
		int start = page.indexOf("class=\"main-nav\"");
		return page.substring(start, page.indexOf("</nav>", start));
	}

}
