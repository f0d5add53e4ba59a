package klynge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterSettings;
import klynge.cluster.Clusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KlyngeIntegrationTest
class ClusterSettingsTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	Clusters clusters;

	private final Map<UUID, Cluster> originals = new HashMap<>();

	/** Other test classes share the database: put back what a test changed. */
	@AfterEach
	void restore() {
		originals.forEach((id, original) -> {
			Cluster now = clusters.get(id);
			if (now.equals(original)) {
				return;
			}
			clusters.update(id, new ClusterSettings(original.name(), original.primaryColour(),
					original.secondaryColour(), original.defaultLanguage(), now.version()));
		});
	}

	private Cluster remember(UUID id) {
		return originals.computeIfAbsent(id, clusters::get);
	}

	private static MockHttpServletRequestBuilder save(Cluster cluster, String name, String primary, String secondary,
			String language, int version) {
		return post("/settings").with(csrf())
			.param("name", name)
			.param("primaryColour", primary)
			.param("secondaryColour", secondary)
			.param("defaultLanguage", language)
			.param("version", String.valueOf(version));
	}

	@Test
	void administratorSeesALabelledFormWithColourPickers() throws Exception {
		mvc.perform(get("/settings").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Innstillinger for klyngen</h1>")))
			.andExpect(content().string(containsString("<label for=\"name\" class=\"ds-label\">Navn</label>")))
			.andExpect(content()
				.string(containsString("<label for=\"primaryColour\" class=\"ds-label\">Hovedfarge</label>")))
			.andExpect(content().string(containsString(
					"<input id=\"primaryColour\" name=\"primaryColour\" type=\"color\" class=\"ds-input\" value=\"#005a6e\">")))
			.andExpect(content()
				.string(containsString("<label for=\"secondaryColour\" class=\"ds-label\">Bakgrunnsfarge</label>")))
			.andExpect(content()
				.string(containsString("<label for=\"defaultLanguage\" class=\"ds-label\">Standardspråk</label>")))
			.andExpect(content().string(containsString("<option value=\"nn\">Nynorsk</option>")))
			.andExpect(content().string(containsString("<label for=\"timeZone\" class=\"ds-label\">Tidssone</label>")))
			.andExpect(content().string(containsString("readonly")))
			.andExpect(content().string(containsString("value=\"Europe/Oslo\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sekretariat", "medlem", "observator", "leder" })
	void onlyAdministratorsMayChangeSettings(String username) throws Exception {
		Cluster alrek = remember(ALREK);
		mvc.perform(get("/settings").with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(
				save(alrek, "Kapret", "#000000", "#ffffff", "en", alrek.version()).with(httpBasic(username, "demo")))
			.andExpect(status().isForbidden());
		assertThat(clusters.get(ALREK)).isEqualTo(alrek);
	}

	@Test
	void anonymousBrowsersAreSentToLogin() throws Exception {
		mvc.perform(get("/settings").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void savesAndRedirectsWithAMessage() throws Exception {
		Cluster alrek = remember(ALREK);

		mvc.perform(
				save(alrek, alrek.name(), "#0b3d91", "#fafafa", "nn", alrek.version()).with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/settings"))
			.andExpect(flash().attribute("flash", "settings.saved"));

		Cluster saved = clusters.get(ALREK);
		assertThat(saved.primaryColour()).isEqualTo("#0b3d91");
		assertThat(saved.secondaryColour()).isEqualTo("#fafafa");
		assertThat(saved.defaultLanguage()).isEqualTo("nn");
		assertThat(saved.version()).isEqualTo(alrek.version() + 1);
	}

	@Test
	void aBadColourIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
		Cluster alrek = remember(ALREK);

		mvc.perform(save(alrek, "Nytt navn", "red", alrek.secondaryColour(), "nb", alrek.version())
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					content().string(containsString("aria-invalid=\"true\" aria-describedby=\"primaryColour-error\"")))
			.andExpect(content().string(containsString(
					"<p class=\"error\" id=\"primaryColour-error\">Fargen må skrives som #rrggbb, for eksempel #005a6e.</p>")))
			.andExpect(content().string(containsString("value=\"Nytt navn\"")));
		mvc.perform(save(alrek, " ", alrek.primaryColour(), alrek.secondaryColour(), "de", alrek.version())
			.param("lang", "en")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Choose Bokmål, Nynorsk or English.")));

		assertThat(clusters.get(ALREK)).isEqualTo(alrek);
	}

	@Test
	void aStaleVersionIsAConflictThatKeepsTheInput() throws Exception {
		Cluster alrek = remember(ALREK);

		mvc.perform(save(alrek, alrek.name(), "#111111", alrek.secondaryColour(), "nb", alrek.version() - 1)
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("Noen andre har endret dette mens du arbeidet.")))
			.andExpect(content().string(containsString("value=\"#111111\"")));

		assertThat(clusters.get(ALREK)).isEqualTo(alrek);
	}

	@Test
	void nordsAdministratorChangesOnlyNord() throws Exception {
		Cluster alrek = remember(ALREK);
		Cluster nord = remember(NORD);

		mvc.perform(get("/settings").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Helseklynge Nord (demo)\"")));
		// The form names no cluster: the logged-in account's cluster is the one saved.
		mvc.perform(save(nord, "Helseklynge Nord (endret)", nord.primaryColour(), nord.secondaryColour(), "nn",
				nord.version())
			.with(httpBasic("nord", "demo"))).andExpect(status().is3xxRedirection());

		assertThat(clusters.get(NORD).name()).isEqualTo("Helseklynge Nord (endret)");
		assertThat(clusters.get(ALREK)).isEqualTo(alrek);
	}

}
