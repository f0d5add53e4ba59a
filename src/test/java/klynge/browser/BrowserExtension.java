package klynge.browser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One {@link Browser} per test class, pointed at the application the class's Spring
 * context runs on its random port: a class declares {@code static Browser browser;} and
 * finds it started before its own {@code @BeforeAll} methods run, and closed after its
 * {@code @AfterAll} methods. {@link BrowserTest} registers it; a class with its own
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} adds
 * {@code @ExtendWith(BrowserExtension.class)}. {@link BrowserHost} names another host
 * than localhost. A class without such a field gets no browser.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) throws IllegalAccessException {
		Class<?> testClass = context.getRequiredTestClass();
		List<Field> fields = browserFields(testClass);
		if (fields.isEmpty()) {
			return;
		}
		int port = Integer.parseInt(SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port"));
		String host = AnnotationSupport.findAnnotation(testClass, BrowserHost.class)
			.map(BrowserHost::value)
			.orElse("localhost");
		Browser browser = Browser.start(host, port);
		context.getStore(NAMESPACE).put(testClass, browser);
		for (Field field : fields) {
			field.set(null, browser);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IllegalAccessException {
		Class<?> testClass = context.getRequiredTestClass();
		Browser browser = context.getStore(NAMESPACE).remove(testClass, Browser.class);
		if (browser == null) {
			return;
		}
		try {
			browser.close();
		}
		finally {
			for (Field field : browserFields(testClass)) {
				field.set(null, null);
			}
		}
	}

	private static List<Field> browserFields(Class<?> testClass) {
		List<Field> fields = ReflectionSupport
			.findFields(
					testClass, field -> Modifier.isStatic(field.getModifiers())
							&& !Modifier.isFinal(field.getModifiers()) && field.getType() == Browser.class,
					HierarchyTraversalMode.TOP_DOWN);
		fields.forEach(field -> field.setAccessible(true));
		return fields;
	}

}
