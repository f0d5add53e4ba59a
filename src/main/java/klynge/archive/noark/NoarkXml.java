package klynge.archive.noark;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small StAX writer for the extraction's XML files: one default namespace, UTF-8,
 * elements with text, and xs:dateTime values to the second as the Noark schemas want
 * them.
 */
final class NoarkXml implements AutoCloseable {

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final XMLStreamWriter xml;

	private int depth;

	NoarkXml(String root, String namespace) {
		try {
			xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(namespace);
			newline();
			xml.writeStartElement(namespace, root);
			xml.writeDefaultNamespace(namespace);
			xml.writeNamespace("xsi", XSI);
			depth++;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String dateTime(OffsetDateTime time) {
		return DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
	}

	NoarkXml start(String name) {
		return start(name, null);
	}

	/** Starts an element, typed with xsi:type where {@code type} is set. */
	NoarkXml start(String name, String type) {
		try {
			newline();
			xml.writeStartElement(name);
			if (type != null) {
				xml.writeAttribute("xsi", XSI, "type", type);
			}
			depth++;
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	NoarkXml attribute(String name, String value) {
		try {
			xml.writeAttribute(name, value);
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	NoarkXml end() {
		try {
			depth--;
			newline();
			xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An element with text; nothing when the value is null. */
	NoarkXml text(String name, Object value) {
		if (value == null) {
			return this;
		}
		try {
			newline();
			xml.writeStartElement(name);
			xml.writeCharacters(value instanceof OffsetDateTime time ? dateTime(time) : value.toString());
			xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	NoarkXml id(UUID id) {
		return text("systemID", id);
	}

	private void newline() throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

	byte[] bytes() {
		close();
		return bytes.toByteArray();
	}

	@Override
	public void close() {
		try {
			if (depth > 0) {
				depth = 0;
				newline();
				xml.writeEndDocument();
				xml.flush();
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
