package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 10, requirement 8: how many SQL statements one GET of the seed Partnermøtet page
 * sends to PostgreSQL. The DataSource is wrapped so every statement prepared or executed
 * on the test's own thread (MockMvc renders there) is recorded; schedulers on other
 * threads are not counted. The bounds are today's figures, so a statement added per item
 * or per person fails here. Rendered with the page cache off (a real render), and once
 * with it on for a repeated anonymous request (a hit). Its own Spring contexts: the
 * wrapping does not reach other tests.
 */
@SpringBootTest(properties = { "klynge.test.context=statements", "klynge.page-cache.enabled=false" })
@AutoConfigureMockMvc
@Import(MeetingPageStatementsTests.Counting.class)
class MeetingPageStatementsTests {

	static final String PAGE = "/meetings/" + MeetingTestData.PM_2023_03_27;

	@Autowired
	MockMvc mvc;

	@Test
	void anonymous() throws Exception {
		assertThat(count(mvc, get(PAGE), "anonymous")).isLessThanOrEqualTo(ANONYMOUS);
	}

	@Test
	void medlem() throws Exception {
		assertThat(count(mvc, get(PAGE).with(httpBasic("medlem", "demo")), "medlem")).isLessThanOrEqualTo(MEDLEM);
	}

	@Nested
	@NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
	@SpringBootTest(properties = { "klynge.test.context=statements", "klynge.page-cache.enabled=true" })
	@AutoConfigureMockMvc
	@Import(MeetingPageStatementsTests.Counting.class)
	class Cached {

		@Autowired
		MockMvc mvc;

		@Test
		void anonymousAgain() throws Exception {
			// a commit by the context's scheduled work between the two requests rightly
			// renders anew; the claim is about a request that sees unchanged data
			int fewest = Integer.MAX_VALUE;
			for (int attempt = 0; attempt < 10 && fewest > CACHED; attempt++) {
				count(mvc, get(PAGE), "anonymous, first (cache on)");
				fewest = Math.min(fewest, count(mvc, get(PAGE), "anonymous cached"));
			}
			assertThat(fewest).isLessThanOrEqualTo(CACHED);
		}

	}

	// +2 since issue 15: the budget module asks once which items have a budget as basis,
	// the review module once which items carry a committee's proposal
	static final int ANONYMOUS = 25;

	// +3 since issue 17: login throttling is shared by the instances, so a login (here
	// HTTP Basic, on every request) reads its two counts from throttle_count and clears
	// them on success; -1 since session 27: the counts are read in one statement (one
	// select with counter_key = any(?)), not one per count
	static final int MEDLEM = 61;

	static final int CACHED = 1;

	/**
	 * Statements of one request, printed with how often each was sent (a repeat stands
	 * out).
	 */
	static int count(MockMvc mvc, MockHttpServletRequestBuilder request, String row) throws Exception {
		Counting.sql.clear();
		Counting.watched = Thread.currentThread();
		try {
			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		finally {
			Counting.watched = null;
		}
		List<String> sent = List.copyOf(Counting.sql);
		Map<String, Integer> times = new TreeMap<>();
		sent.forEach(sql -> times.merge(sql.strip().replaceAll("\\s+", " "), 1, Integer::sum));
		StringBuilder out = new StringBuilder("| " + row + " | " + sent.size() + " |\n");
		times.forEach((sql, n) -> out.append("    ").append(n).append("x ").append(sql).append('\n'));
		System.out.print(out);
		return sent.size();
	}

	/**
	 * Wraps the DataSource: records each statement prepared (or executed unprepared) on
	 * the watched thread.
	 */
	@TestConfiguration
	static class Counting {

		static final List<String> sql = new CopyOnWriteArrayList<>();

		static volatile Thread watched;

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
				}
			};
		}

		static <T> T proxy(Class<T> type, T target) {
			return type
				.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
					String m = method.getName();
					boolean counts = Thread.currentThread() == watched;
					if (counts && (m.equals("prepareStatement") || m.equals("prepareCall"))
							&& type == Connection.class) {
						sql.add((String) args[0]);
					}
					if (counts && type == Statement.class && m.startsWith("execute") && args != null
							&& args.length > 0) {
						sql.add((String) args[0]);
					}
					Object result;
					try {
						result = method.invoke(target, args);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
					if (result instanceof Connection c && m.equals("getConnection")) {
						return proxy(Connection.class, c);
					}
					if (result instanceof Statement s && m.equals("createStatement")) {
						return proxy(Statement.class, s);
					}
					return result;
				}));
		}

	}

}
