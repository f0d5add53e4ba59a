package klynge.archive;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON values in one canonical form: objects as {@link TreeMap}s (keys sorted), arrays as
 * lists, numbers as {@link Number} holding the exact text they were written with,
 * strings, booleans and {@code null}. Written back, equal values give equal bytes.
 */
final class CanonicalJson {

	/** Leaves the stream open: the caller owns it (an HTTP response, a file). */
	static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	/**
	 * A JSON number kept as written, so that nothing is lost or reformatted on the way
	 * through.
	 */
	record Number(String text) {
	}

	private CanonicalJson() {
	}

	static Object parse(String json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return readDocument(parser);
		}
	}

	static Object parse(InputStream json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return readDocument(parser);
		}
	}

	private static Object readDocument(JsonParser parser) {
		Object value = read(parser, parser.nextToken());
		if (parser.nextToken() != null) {
			throw new IllegalArgumentException("more than one JSON value");
		}
		return value;
	}

	private static Object read(JsonParser parser, JsonToken token) {
		if (token == null) {
			throw new IllegalArgumentException("empty JSON");
		}
		return switch (token) {
			case START_OBJECT -> {
				Map<String, Object> object = new TreeMap<>();
				for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
					String name = parser.currentName();
					object.put(name, read(parser, parser.nextToken()));
				}
				yield object;
			}
			case START_ARRAY -> {
				List<Object> array = new ArrayList<>();
				for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
					array.add(read(parser, next));
				}
				yield array;
			}
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Number(parser.getText());
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw new IllegalArgumentException("unexpected JSON token " + token);
		};
	}

	static void write(JsonGenerator json, Object value) {
		switch (value) {
			case null -> json.writeNull();
			case Map<?, ?> object -> {
				json.writeStartObject();
				new TreeMap<>(object).forEach((name, member) -> {
					json.writeName((String) name);
					write(json, member);
				});
				json.writeEndObject();
			}
			case List<?> array -> {
				json.writeStartArray();
				array.forEach(element -> write(json, element));
				json.writeEndArray();
			}
			case Number number -> json.writeNumber(number.text());
			case Boolean bool -> json.writeBoolean(bool);
			case String string -> json.writeString(string);
			default -> throw new IllegalArgumentException("not a canonical JSON value: " + value.getClass());
		}
	}

}
