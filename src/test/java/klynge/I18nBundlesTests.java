package klynge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every message bundle named in application.yaml exists in bokmål, nynorsk and English
 * with the same keys and no blank values, and every message key a template, the Java code
 * or an enum's messageKey() uses exists. One test for all modules: a module adds its
 * bundle to application.yaml and needs no language-key test of its own.
 */
class I18nBundlesTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final List<String> LANGUAGES = List.of("", "_nn", "_en");

	/** A key written out in a template: #{key} or #{key(args)}. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([^}(]*)[}(]");

	static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_.-]+");

	static final Path SOURCES = Path.of("src/main/java");

	/**
	 * A key written out in Java: the literal (last) argument of text("…"), msg("…"),
	 * getMessage("…"), reject("…") or new RuleViolation(field, "…").
	 */
	static final Pattern JAVA_KEY = Pattern.compile(
			"\\b(?:text|msg|getMessage|reject|RuleViolation)\\(\\s*(?:\"[^\"]*\",\\s*)?\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

	@Test
	void everyLanguageHasTheSameKeysAndNoBlankValues() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			Map<String, Properties> bundles = new TreeMap<>();
			for (String language : LANGUAGES) {
				Path file = RESOURCES.resolve(basename + language + ".properties");
				if (!Files.exists(file)) {
					problems.add(file + " is missing");
					continue;
				}
				bundles.put(file.toString(), load(file));
			}
			Set<String> all = new TreeSet<>();
			bundles.values().forEach(bundle -> all.addAll(bundle.stringPropertyNames()));
			bundles.forEach((file, bundle) -> {
				Set<String> missing = new TreeSet<>(all);
				missing.removeAll(bundle.stringPropertyNames());
				if (!missing.isEmpty()) {
					problems.add(file + " lacks " + missing);
				}
				Set<String> blank = new TreeSet<>();
				bundle.stringPropertyNames()
					.stream()
					.filter(key -> bundle.getProperty(key).isBlank())
					.forEach(blank::add);
				if (!blank.isEmpty()) {
					problems.add(file + " has blank values for " + blank);
				}
			});
		}
		assertThat(problems).as("message bundles out of step:%n%s", String.join(System.lineSeparator(), problems))
			.isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = knownKeys();
		Map<String, Set<String>> missing = new TreeMap<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			templates = files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			for (String key : keysIn(Files.readString(template, StandardCharsets.UTF_8))) {
				if (!known.contains(key)) {
					missing.computeIfAbsent(RESOURCES.relativize(template).toString(), name -> new TreeSet<>())
						.add(key);
				}
			}
		}
		assertThat(missing).as("message keys used in templates but in no bundle: %s", missing).isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeWritesOutExists() throws IOException {
		Set<String> known = knownKeys();
		Map<String, Set<String>> missing = new TreeMap<>();
		int found = 0;
		for (Path source : javaSources()) {
			Matcher matcher = JAVA_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
			while (matcher.find()) {
				found++;
				if (!known.contains(matcher.group(1))) {
					missing.computeIfAbsent(SOURCES.relativize(source).toString(), name -> new TreeSet<>())
						.add(matcher.group(1));
				}
			}
		}
		assertThat(found).as("keys found in the Java code").isGreaterThan(50);
		assertThat(missing).as("message keys used in Java but in no bundle: %s", missing).isEmpty();
	}

	/**
	 * Every constant of every enum with a messageKey() (body types, roles, statuses, ...)
	 * has a name.
	 */
	@Test
	void everyEnumConstantHasAName() throws Exception {
		Set<String> known = knownKeys();
		Map<String, Set<String>> missing = new TreeMap<>();
		int enums = 0;
		for (Path source : javaSources()) {
			String name = SOURCES.relativize(source).toString().replace(".java", "").replace('/', '.');
			Class<?> type = Class.forName(name);
			if (!type.isEnum()) {
				continue;
			}
			Method messageKey;
			try {
				messageKey = type.getMethod("messageKey");
			}
			catch (NoSuchMethodException ex) {
				continue;
			}
			enums++;
			for (Object constant : type.getEnumConstants()) {
				String key = (String) messageKey.invoke(constant);
				if (!known.contains(key)) {
					missing.computeIfAbsent(name, n -> new TreeSet<>()).add(key);
				}
			}
		}
		assertThat(enums).as("enums with a messageKey()").isGreaterThan(5);
		assertThat(missing).as("enum constants without a name in the bundles: %s", missing).isEmpty();
	}

	@Test
	void findsJavaKeys() {
		Matcher matcher = JAVA_KEY.matcher("""
				throw new RuleViolation("administrator", "account.rule.ownAdministrator");
				text("notification.summons.subject", locale, args); msg(ctx, x); ofPattern("d.M.yyyy")""");
		List<String> keys = new ArrayList<>();
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		assertThat(keys).containsExactly("account.rule.ownAdministrator", "notification.summons.subject");
	}

	@Test
	void findsPlainKeysAndSkipsDynamicOnes() {
		assertThat(keysIn("""
				<p th:text="#{home.title} + ' – ' + #{a.b(${x})}">
				<p th:text="#{${label}}"><p th:text="#{__${key}__}"><p th:text="#{'x.' + ${y}}">"""))
			.containsExactlyInAnyOrder("home.title", "a.b");
	}

	/** The bokmål keys of every bundle: the other languages have the same (see above). */
	static Set<String> knownKeys() throws IOException {
		Set<String> known = new HashSet<>();
		for (String basename : basenames()) {
			Path file = RESOURCES.resolve(basename + ".properties");
			if (Files.exists(file)) {
				known.addAll(load(file).stringPropertyNames());
			}
		}
		return known;
	}

	static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(path -> path.toString().endsWith(".java"))
				.filter(path -> !path.getFileName().toString().equals("package-info.java")
						&& !path.getFileName().toString().equals("module-info.java"))
				.sorted()
				.toList();
		}
	}

	static Set<String> keysIn(String html) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = TEMPLATE_KEY.matcher(html);
		while (matcher.find()) {
			String key = matcher.group(1).trim();
			if (PLAIN_KEY.matcher(key).matches() && !key.contains("__")) {
				keys.add(key);
			}
		}
		return keys;
	}

	/**
	 * spring.messages.basename from application.yaml, e.g. i18n/web, and every other
	 * bundle in i18n/ (such as i18n/overload, which the overload filter reads before
	 * Spring's MessageSource).
	 */
	@SuppressWarnings("unchecked")
	static List<String> basenames() throws IOException {
		Set<String> names = new TreeSet<>(configuredBasenames());
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".properties"))
				.map(name -> "i18n/" + name.replaceFirst("(_nn|_en)?\\.properties$", ""))
				.forEach(names::add);
		}
		return List.copyOf(names);
	}

	@SuppressWarnings("unchecked")
	static List<String> configuredBasenames() throws IOException {
		try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.yaml"))) {
			for (Object document : new Yaml().loadAll(in)) {
				if (document instanceof Map<?, ?> root && root.get("spring") instanceof Map<?, ?> spring
						&& spring.get("messages") instanceof Map<?, ?> messages && messages.get("basename") != null) {
					List<String> names = Arrays.stream(messages.get("basename").toString().split(","))
						.map(String::trim)
						.filter(name -> !name.isEmpty())
						.map(name -> name.replaceFirst("^classpath:/?", ""))
						.toList();
					assertThat(names).isNotEmpty();
					return names;
				}
			}
		}
		throw new AssertionError("application.yaml names no spring.messages.basename");
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
