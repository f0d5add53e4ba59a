package klynge.archive.noark;

import static klynge.archive.noark.NoarkTesting.await;
import static klynge.archive.noark.NoarkTesting.failedPdfaRules;
import static klynge.archive.noark.NoarkTesting.id;
import static klynge.archive.noark.NoarkTesting.start;
import static klynge.archive.noark.NoarkTesting.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import klynge.KlyngeIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Done-when of issue 17 req 4: the Noark 5 arkivuttrekk of 2021–2023 of the demo
 * cluster Alrek validates — every XML against the Noark 5 schemas copied under
 * {@code src/test/resources/noark5} (see its README), the ADDML checksums match the
 * files, every document is PDF/A-2b by veraPDF — and holds the meetings, participants and
 * the exempt item by its public title and legal basis. Nord's extraction never holds
 * Alrek's records; an empty period and bad periods get a clear message.
 */
@KlyngeIntegrationTest
class NoarkExportTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final String ARKIVSTRUKTUR = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void theExtractionOf2021To2023ValidatesAgainstTheNoark5Schemas() throws Exception {
		UUID exempt = jdbc.sql("select md5('item:sg-2023-03-20/10')::uuid").query(UUID.class).single();
		// a change to an extracted item's title, made and undone, for the endringslogg
		String title = jdbc.sql("select title from agenda_item where id = ?")
			.param(exempt)
			.query(String.class)
			.single();
		jdbc.sql("update agenda_item set title = ? where id = ?").params(title + " (utkast)", exempt).update();
		jdbc.sql("update agenda_item set title = ? where id = ?").params(title, exempt).update();

		byte[] zip = await(mvc, "admin", id(start(mvc, "admin", "2021-01-01", "2023-12-31")));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "noark5-alrek-2021-2023.zip"), zip);
		Map<String, byte[]> files = unzip(zip);

		assertThat(files).containsKeys("arkivuttrekk.xml", "arkivstruktur.xml", "endringslogg.xml");
		validate(files, "arkivuttrekk.xml", "addml.xsd");
		validate(files, "arkivstruktur.xml", "arkivstruktur.xsd");
		validate(files, "endringslogg.xml", "endringslogg.xsd");

		// every file but the description itself is in the ADDML, with its SHA-256
		Map<String, String> checksums = checksums(parse(files.get("arkivuttrekk.xml")));
		List<String> described = new ArrayList<>(files.keySet());
		described.remove("arkivuttrekk.xml");
		assertThat(checksums.keySet()).containsExactlyInAnyOrderElementsOf(described);
		for (var checksum : checksums.entrySet()) {
			assertThat(sha256(files.get(checksum.getKey()))).as(checksum.getKey()).isEqualTo(checksum.getValue());
		}

		Document structure = parse(files.get("arkivstruktur.xml"));
		long meetings = jdbc.sql("""
				select count(*) from meeting where cluster_id = ? and status = 'MINUTES_APPROVED'
				  and meeting_date between '2021-01-01' and '2023-12-31'""").param(ALREK).query(Long.class).single();
		assertThat(meetings).isGreaterThanOrEqualTo(4);
		assertThat(structure.getElementsByTagNameNS(ARKIVSTRUKTUR, "mappe").getLength()).isEqualTo((int) meetings);
		Map<String, Integer> counted = occurrences(parse(files.get("arkivuttrekk.xml")));
		for (String element : List.of("mappe", "registrering", "dokumentbeskrivelse", "dokumentobjekt",
				"moetedeltaker")) {
			assertThat(counted.get(element)).as(element)
				.isEqualTo(structure.getElementsByTagNameNS(ARKIVSTRUKTUR, element).getLength());
		}
		// every systemID is a UUID as the standard's own metadata catalogue wants it
		NodeList ids = structure.getElementsByTagNameNS(ARKIVSTRUKTUR, "systemID");
		for (int i = 0; i < ids.getLength(); i++) {
			assertThat(ids.item(i).getTextContent()).matches(systemIdPattern());
		}

		String xml = new String(files.get("arkivstruktur.xml"), StandardCharsets.UTF_8);
		assertThat(xml).contains("<registreringsID>Sak 10-23</registreringsID>", "<utvalg>Styringsgruppen</utvalg>",
				"<moetedato>2023-03-20</moetedato>", "<moetedeltakerNavn>", "<format>PDF/A</format>",
				"<sjekksumAlgoritme>SHA256</sjekksumAlgoritme>");
		Element item = registration(structure, exempt.toString());
		assertThat(child(item, "registreringsID")).isEqualTo("Sak 10-23");
		assertThat(child(item, "tittel")).isEqualTo(title);
		assertThat(child(item, "offentligTittel")).isEqualTo("Personalsak");
		Element screening = (Element) item.getElementsByTagNameNS(ARKIVSTRUKTUR, "skjerming").item(0);
		assertThat(child(screening, "skjermingshjemmel")).isEqualTo("Offl. § 25");
		assertThat(child(screening, "tilgangsrestriksjon")).isEqualTo("Offl. § 25");

		String log = new String(files.get("endringslogg.xml"), StandardCharsets.UTF_8);
		assertThat(log).contains("<referanseArkivenhet>" + exempt + "</referanseArkivenhet>",
				"<nyVerdi>" + title + " (utkast)</nyVerdi>");

		// the documents are PDF/A; the minutes of 20.03.2023 in full and without the
		// exempt item
		List<String> pdfs = files.keySet().stream().filter(name -> name.startsWith("dokumenter/")).toList();
		assertThat(pdfs).hasSizeGreaterThanOrEqualTo((int) meetings * 2);
		for (String pdf : pdfs) {
			assertThat(pdf).endsWith(".pdf");
			assertThat(failedPdfaRules(files.get(pdf))).as("veraPDF PDF/A-2b failed rules of " + pdf).isEmpty();
		}
		List<String> screened = pdfs.stream().filter(name -> name.endsWith("-skjermet.pdf")).toList();
		assertThat(screened).hasSize(1);
		assertThat(text(files.get(screened.getFirst()))).contains("Personalsak").doesNotContain(title);
		assertThat(text(files.get(screened.getFirst().replace("-skjermet", "")))).contains(title);
	}

	@Test
	void nordsExtractionNeverHoldsAlreksRecords() throws Exception {
		MockHttpServletResponse started = start(mvc, "nord", "2021-01-01", "2023-12-31");
		if (started.getStatus() == 422) {
			// Nord writes nynorsk: the message is in the cluster's language
			assertThat(started.getContentAsString(StandardCharsets.UTF_8))
				.contains("Ingen møte med godkjent referat frå 2021-01-01 til 2023-12-31");
			return;
		}
		Map<String, byte[]> files = unzip(await(mvc, "nord", id(started)));
		String all = new String(files.get("arkivstruktur.xml"), StandardCharsets.UTF_8);
		List<String> alrekMeetings = jdbc.sql("select id::text from meeting where cluster_id = ?")
			.param(ALREK)
			.query(String.class)
			.list();
		assertThat(all).doesNotContain(alrekMeetings).doesNotContain("Alrek");
	}

	@Test
	void anAlrekJobIsNotFoundForNordsAdministrator() throws Exception {
		String id = id(start(mvc, "admin", "2023-03-01", "2023-03-31"));
		await(mvc, "admin", id);
		for (String path : List.of("/api/v1/noark/" + id, "/api/v1/noark/" + id + "/file", "/settings/noark/" + id,
				"/settings/noark/" + id + "/fil")) {
			int status = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.httpBasic("nord", "demo")))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isEqualTo(404);
		}
	}

	@Test
	void aPeriodWithNothingAndBadPeriodsAreRefusedWithAClearMessage() throws Exception {
		Map<String[], String> cases = new LinkedHashMap<>();
		cases.put(new String[] { "1990-01-01", "1990-12-31" },
				"Ingen møter med godkjent referat fra 1990-01-01 til 1990-12-31");
		cases.put(new String[] { "2023-12-31", "2021-01-01" }, "Til-datoen kan ikke være før fra-datoen");
		cases.put(new String[] { "2010-01-01", "2023-12-31" }, "Perioden kan være høyst 10 år");
		long before = jobs();
		for (var bad : cases.entrySet()) {
			MockHttpServletResponse response = start(mvc, "admin", bad.getKey()[0], bad.getKey()[1]);
			assertThat(response.getStatus()).isEqualTo(422);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(bad.getValue());
		}
		assertThat(start(mvc, "admin", "ikke-en-dato", "2023-12-31").getStatus()).isEqualTo(400);
		assertThat(jobs()).isEqualTo(before);
	}

	private long jobs() {
		return jdbc.sql("select count(*) from noark_export where cluster_id = ?")
			.param(ALREK)
			.query(Long.class)
			.single();
	}

	private static void validate(Map<String, byte[]> files, String file, String schema) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		var xsd = NoarkExportTests.class.getResource("/noark5/" + schema);
		factory.newSchema(xsd)
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(files.get(file)), file));
	}

	/** The systemID pattern of arkivverket/noark5-standard's derived metadatakatalog. */
	private static String systemIdPattern() throws Exception {
		Document catalogue = parse(
				NoarkExportTests.class.getResourceAsStream("/noark5/avledet-metadatakatalog.xsd").readAllBytes());
		NodeList types = catalogue.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
		for (int i = 0; i < types.getLength(); i++) {
			Element type = (Element) types.item(i);
			if (type.getAttribute("name").equals("systemID")) {
				return ((Element) type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "pattern").item(0))
					.getAttribute("value");
			}
		}
		throw new AssertionError("no systemID in the metadata catalogue");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	/** The ADDML's file name → checksum, from each property "file". */
	private static Map<String, String> checksums(Document addml) {
		Map<String, String> checksums = new LinkedHashMap<>();
		for (Element file : properties(addml, "file")) {
			Element name = property(file, "name");
			Element checksum = property(file, "checksum");
			if (name != null && checksum != null) {
				checksums.put(value(name), value(property(checksum, "value")));
			}
		}
		return checksums;
	}

	private static Map<String, Integer> occurrences(Document addml) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Element occurrence : properties(addml, "numberOfOccurrences")) {
			counts.put(value(occurrence), Integer.valueOf(value(property(occurrence, "value"))));
		}
		return counts;
	}

	private static List<Element> properties(Document addml, String name) {
		List<Element> found = new ArrayList<>();
		NodeList all = addml.getElementsByTagNameNS("*", "property");
		for (int i = 0; i < all.getLength(); i++) {
			Element property = (Element) all.item(i);
			if (property.getAttribute("name").equals(name)) {
				found.add(property);
			}
		}
		return found;
	}

	/** The direct sub-property of that name (under the property's properties). */
	private static Element property(Element parent, String name) {
		for (Element properties : children(parent, "properties")) {
			for (Element property : children(properties, "property")) {
				if (property.getAttribute("name").equals(name)) {
					return property;
				}
			}
		}
		return null;
	}

	private static String value(Element property) {
		return children(property, "value").getFirst().getTextContent();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> list = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getLocalName().equals(name)) {
				list.add(element);
			}
		}
		return list;
	}

	private static Element registration(Document structure, String systemId) {
		NodeList all = structure.getElementsByTagNameNS(ARKIVSTRUKTUR, "registrering");
		for (int i = 0; i < all.getLength(); i++) {
			Element registration = (Element) all.item(i);
			if (child(registration, "systemID").equals(systemId)) {
				return registration;
			}
		}
		throw new AssertionError("no registrering " + systemId);
	}

	private static String child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst().getTextContent();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
