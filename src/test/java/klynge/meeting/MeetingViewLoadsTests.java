package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10.3: the meeting page is built from one meeting view per request, whose
 * contributors (minutes, follow-ups, cases, documents, calendar) get the agenda already
 * loaded: one agenda read per page, for staff (who see every contributor's actions) and
 * for the public.
 */
@KlyngeIntegrationTest
class MeetingViewLoadsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aMeetingPageReadsTheAgendaOnce() throws Exception {
		assertThat(loadsFor(() -> mvc
			.perform(get("/meetings/{id}", MeetingTestData.PM_2023_03_27).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk()))).isEqualTo(1);
		assertThat(loadsFor(
				() -> mvc.perform(get("/meetings/{id}", MeetingTestData.PM_2023_03_27)).andExpect(status().isOk())))
			.isEqualTo(1);
	}

	interface Work {

		void run() throws Exception;

	}

	private double loadsFor(Work work) throws Exception {
		double before = meters.counter("klynge.agenda.loads").count();
		work.run();
		return meters.counter("klynge.agenda.loads").count() - before;
	}

}
