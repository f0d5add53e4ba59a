package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.test.web.servlet.MockMvc;

@KlyngeIntegrationTest
class PingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FilterRegistrationBean<OverloadFilter> overloadFilter;

	@Test
	void pingIsPublicAndTrivial() throws Exception {
		mvc.perform(get("/ping")).andExpect(status().isOk()).andExpect(content().string("ok"));
	}

	@Test
	void theOverloadFilterComesBeforeEveryOtherFilter() {
		assertThat(overloadFilter.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
		assertThat(overloadFilter.getUrlPatterns()).containsExactly("/*");
	}

}
