package klynge.publication;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks a feed with two independent readers: Jing against RFC 4287's RELAX NG schema
 * ({@code src/test/resources/feed/atom.rnc}), and Rome, a feed library, that reads it
 * back.
 */
final class AtomValidator {

	private AtomValidator() {
	}

	/** The schema's complaints about the document; empty when it is valid Atom. */
	static List<String> problems(byte[] xml) throws Exception {
		List<String> problems = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				error(e);
			}
		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collect);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		if (!driver.loadSchema(new InputSource(AtomValidator.class.getResource("/feed/atom.rnc").toString()))) {
			throw new IllegalStateException("the Atom schema did not load: " + problems);
		}
		boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(xml)));
		if (!valid && problems.isEmpty()) {
			problems.add("invalid");
		}
		return problems;
	}

	static Feed read(byte[] xml) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(new String(xml, StandardCharsets.UTF_8)));
	}

}
