package klynge.publication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Feed} as Atom (RFC 4287) with StAX, so every text is escaped by the XML
 * writer; characters XML 1.0 cannot carry (control characters in old data) are left out.
 */
final class FeedWriter {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private FeedWriter() {
	}

	static byte[] write(Feed feed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", XML, "lang", feed.language());
			text(xml, "id", feed.id());
			text(xml, "title", feed.title());
			text(xml, "updated", date(feed.updated()));
			link(xml, "self", feed.self(), "application/atom+xml");
			link(xml, "alternate", feed.alternate(), "text/html");
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", feed.author());
			xml.writeEndElement();
			for (FeedEntry entry : feed.entries()) {
				xml.writeStartElement(ATOM, "entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				text(xml, "updated", date(entry.updated()));
				link(xml, "alternate", entry.link(), "text/html");
				if (entry.related() != null) {
					link(xml, "related", entry.related(), "text/html");
				}
				if (entry.summary() != null) {
					plain(xml, "summary", entry.summary());
				}
				if (entry.content() != null) {
					plain(xml, "content", entry.content());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Atom feed not written", ex);
		}
		return out.toByteArray();
	}

	static String date(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM, name);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static void plain(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM, name);
		xml.writeAttribute("type", "text");
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", clean(href));
	}

	/** Text without the characters XML 1.0 forbids (and unpaired surrogates). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(FeedWriter::allowed).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
