package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KlyngeIntegrationTest
class OrganisationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Registry registry() {
		return new Registry(jdbc);
	}

	@Test
	void theListIsPublicWithTypesInTheUsersLanguageParentsAndPartnerBadges() throws Exception {
		mvc.perform(get("/organisations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Universitetet i Bergen - MED")))
			.andExpect(content().string(containsString("høgskole")))
			.andExpect(content().string(containsString("<span class=\"badge\">partner</span>")))
			.andExpect(content().string(containsString("<caption>")))
			.andExpect(content().string(not(containsString("Universitetet i Tromsø"))));
		mvc.perform(get("/organisations").param("lang", "nn")).andExpect(content().string(containsString("høgskule")));
		mvc.perform(get("/organisations").param("lang", "en"))
			.andExpect(content().string(containsString("university college")))
			.andExpect(content().string(containsString("research institute")));
	}

	@Test
	void theDetailIsPublicButShowsAffiliatedPeopleOnlyToLoggedInUsers() throws Exception {
		UUID uib = registry().organisation("Universitetet i Bergen");
		mvc.perform(get("/organisations/{id}", uib))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Universitetet i Bergen - DPF")))
			.andExpect(content().string(containsString("01.01.2019")))
			.andExpect(content().string(not(containsString("Gottfried Greve"))))
			.andExpect(content().string(not(containsString("/organisations/" + uib + "/edit"))));
		mvc.perform(get("/organisations/{id}", uib).with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gottfried Greve")))
			.andExpect(content().string(not(containsString("/organisations/" + uib + "/edit"))));
		mvc.perform(get("/organisations/{id}", uib).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(containsString("/organisations/" + uib + "/edit")));
	}

	@Test
	void anUnknownIdIsNotFound() throws Exception {
		mvc.perform(get("/organisations/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/not-a-uuid")).andExpect(status().is4xxClientError());
	}

	@Test
	void theSecretariatCreatesAndEditsAnOrganisation() throws Exception {
		String name = Registry.freshName("Klinikk");
		UUID hds = registry().organisation("Haraldsplass Diakonale sykehus");
		String location = mvc
			.perform(post("/organisations").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("name", name)
				.param("shortName", "KL")
				.param("type", "HOSPITAL")
				.param("parentId", hds.toString())
				.param("contactEmail", "post@klinikk.example.org"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get(location))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("sykehus")))
			.andExpect(content().string(containsString("Haraldsplass Diakonale sykehus")));

		mvc.perform(get("/organisations/{id}/edit", id).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
		mvc.perform(post("/organisations/{id}", id).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("name", name + " endret")
			.param("type", "HOSPITAL")
			.param("version", "0")).andExpect(redirectedUrl("/organisations/" + id));
		assertThat(jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).single())
			.isEqualTo(name + " endret");
		assertThat(jdbc.sql("select parent_id from organisation where id = ?").param(id).query(UUID.class).optional())
			.isEmpty();
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		String name = Registry.freshName("Versjon");
		UUID id = registry().newOrganisation(name, null);
		mvc.perform(post("/organisations/{id}", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Ny " + name)
			.param("type", "OTHER")
			.param("version", "7")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).single())
			.isEqualTo(name);
	}

	@Test
	void badInputReRendersTheFormWithMessagesBesideTheFields() throws Exception {
		mvc.perform(post("/organisations").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "x".repeat(201))
			.param("shortName", "y".repeat(41))
			.param("type", "")
			.param("contactEmail", "not an address"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("mellom 0 og 200 tegn")))
			.andExpect(content().string(containsString("id=\"shortName-error\"")))
			.andExpect(content().string(containsString("id=\"type-error\"")))
			.andExpect(content().string(containsString("Ugyldig e-postadresse")))
			.andExpect(content().string(containsString("aria-describedby=\"name-error\"")));
		mvc.perform(post("/organisations").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Ugyldig")
			.param("type", "SPACESHIP")
			.param("parentId", "not-a-uuid"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"type-error\"")))
			.andExpect(content().string(containsString("id=\"parentId-error\"")));
	}

	@Test
	void anUnknownParentOrATakenNameIsShownBesideTheField() throws Exception {
		mvc.perform(post("/organisations").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", Registry.freshName("Foreldreløs"))
			.param("type", "OTHER")
			.param("parentId", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"parentId-error\"")))
			.andExpect(content().string(containsString("Den valgte overordnede organisasjonen finnes ikke.")));
		mvc.perform(post("/organisations").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "NORCE")
			.param("type", "OTHER")
			.param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("There is already an organisation called NORCE.")));
	}

	@Test
	void aDescendantCannotBecomeTheParent() throws Exception {
		UUID top = registry().newOrganisation(Registry.freshName("Topp"), null);
		UUID child = registry().newOrganisation(Registry.freshName("Barn"), top);
		UUID grandchild = registry().newOrganisation(Registry.freshName("Barnebarn"), child);
		mvc.perform(get("/organisations/{id}/edit", top).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(not(containsString("value=\"" + grandchild + "\""))))
			.andExpect(content().string(containsString("value=\"" + registry().organisation("NORCE") + "\"")));
		mvc.perform(post("/organisations/{id}", top).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Topp " + top)
			.param("type", "OTHER")
			.param("parentId", grandchild.toString())
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"parentId-error\"")));
		assertThat(jdbc.sql("select parent_id from organisation where id = ?").param(top).query(UUID.class).optional())
			.isEmpty();
	}

	@Test
	void partnershipPeriodsMayNotOverlapAndAnOpenOneCanBeEnded() throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("Partner"), null);
		mvc.perform(post("/organisations/{id}/partnerships", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("validFrom", "2020-01-01")
			.param("validTo", "2020-12-31")).andExpect(redirectedUrl("/organisations/" + id));
		mvc.perform(post("/organisations/{id}/partnerships", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("validFrom", "2020-06-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"validFrom-error\"")))
			.andExpect(content()
				.string(containsString("overlapper en eksisterende partnerperiode (01.01.2020–31.12.2020)")));
		mvc.perform(post("/organisations/{id}/partnerships", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("validFrom", "2021-01-01")
			.param("validTo", "2020-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"validTo-error\"")));
		mvc.perform(post("/organisations/{id}/partnerships", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("validFrom", "nonsense"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"validFrom-error\"")));
		mvc.perform(post("/organisations/{id}/partnerships", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("validFrom", "2021-01-01")).andExpect(redirectedUrl("/organisations/" + id));
		mvc.perform(get("/organisations")).andExpect(content().string(containsString(id + "\">")));
		UUID open = jdbc.sql("select id from partnership where organisation_id = ? and valid_to is null")
			.param(id)
			.query(UUID.class)
			.single();
		mvc.perform(post("/organisations/{id}/partnerships/{p}/end", id, open).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("validTo", "2024-06-30")).andExpect(redirectedUrl("/organisations/" + id));
		assertThat(
				jdbc.sql("select valid_to from partnership where id = ?").param(open).query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2024, 6, 30));
		mvc.perform(post("/organisations/{id}/partnerships/{p}/end", id, open).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("validTo", "2025-01-01")).andExpect(status().isUnprocessableContent());
	}

	MockHttpServletRequestBuilder[] editorRoutes(UUID id, UUID partnership) {
		return new MockHttpServletRequestBuilder[] { get("/organisations/new"), get("/organisations/{id}/edit", id),
				post("/organisations").with(csrf()).param("name", Registry.freshName("Ulovlig")).param("type", "OTHER"),
				post("/organisations/{id}", id).with(csrf())
					.param("name", "Ulovlig")
					.param("type", "OTHER")
					.param("version", "0"),
				post("/organisations/{id}/partnerships", id).with(csrf()).param("validFrom", "2001-01-01"),
				post("/organisations/{id}/partnerships/{p}/end", id, partnership).with(csrf()) };
	}

	UUID openPartnership(UUID organisation) {
		return jdbc.sql(
				"insert into partnership (cluster_id, organisation_id, valid_from) values (?, ?, '2000-01-01') returning id")
			.params(Registry.ALREK, organisation)
			.query(UUID.class)
			.single();
	}

	@Test
	void anonymousVisitorsAreSentToLoginForEveryEditingRoute() throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("Anonym"), null);
		for (MockHttpServletRequestBuilder request : editorRoutes(id, openPartnership(id))) {
			// a browser asks for HTML and is sent to the login page
			mvc.perform(request.accept(MediaType.TEXT_HTML))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		}
		assertThat(jdbc.sql("select count(*) from partnership where organisation_id = ? and valid_to is null")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "medlem", "observator", "leder" })
	void membersObserversAndChairsMayNotEdit(String username) throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("Forbudt"), null);
		for (MockHttpServletRequestBuilder request : editorRoutes(id, openPartnership(id))) {
			mvc.perform(request.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/organisations").with(httpBasic(username, "demo"))).andExpect(status().isOk());
		mvc.perform(get("/organisations/{id}", id).with(httpBasic(username, "demo"))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sekretariat", "admin" })
	void theSecretariatAndAdministratorsMayOpenTheForms(String username) throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("Tillatt"), null);
		mvc.perform(get("/organisations/new").with(httpBasic(username, "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"name\" class=\"ds-label\">")));
		mvc.perform(get("/organisations/{id}/edit", id).with(httpBasic(username, "demo"))).andExpect(status().isOk());
	}

	@Test
	void anotherClusterNeitherSeesNorChangesAlreksOrganisations() throws Exception {
		UUID uib = registry().organisation("Universitetet i Bergen");
		mvc.perform(get("/organisations/{id}", uib).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/{id}/edit", uib).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/organisations/{id}", uib).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("name", "Kapret")
			.param("type", "OTHER")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/organisations/{id}/partnerships", uib).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("validFrom", "1990-01-01")).andExpect(status().isNotFound());
		mvc.perform(get("/organisations").with(httpBasic("nord", "demo")))
			.andExpect(content().string(containsString("Universitetet i Tromsø")))
			.andExpect(content().string(not(containsString("Universitetet i Bergen"))));
		mvc.perform(post("/organisations").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("name", Registry.freshName("Nord"))
			.param("type", "OTHER")
			.param("parentId", uib.toString())).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select name from organisation where id = ?").param(uib).query(String.class).single())
			.isEqualTo("Universitetet i Bergen");
	}

}
