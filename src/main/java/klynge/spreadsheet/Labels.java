package klynge.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * Reads an enum value (organisation type, body type, role) as the spreadsheet writes it:
 * its label in bokmål, nynorsk or English ("Universitet", "University"), or its code
 * ("UNIVERSITY"), without regard to case.
 */
final class Labels<E extends Enum<E>> {

	static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"),
			Locale.ENGLISH);

	private final Map<String, E> byLabel = new HashMap<>();

	private final Function<E, String> key;

	private final MessageSource messages;

	Labels(E[] values, Function<E, String> key, MessageSource messages) {
		this.key = key;
		this.messages = messages;
		for (E value : values) {
			byLabel.put(normal(value.name()), value);
			for (Locale language : LANGUAGES) {
				byLabel.putIfAbsent(normal(messages.getMessage(key.apply(value), null, value.name(), language)), value);
			}
		}
	}

	Optional<E> read(String text) {
		return Optional.ofNullable(byLabel.get(normal(text)));
	}

	String write(E value, Locale locale) {
		return messages.getMessage(key.apply(value), null, value.name(), locale);
	}

	private static String normal(String text) {
		return text == null ? "" : text.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
	}

}
