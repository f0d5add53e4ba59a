package klynge.archive.noark;

import java.util.List;
import java.util.Map;

/**
 * arkivuttrekk.xml: the ADDML 8.2 description of the extraction, as the Noark 5
 * arkivuttrekk wants it: who made the records, the period, and each file with its SHA-256
 * checksum and, for the XML files, the number of units they hold.
 */
final class Addml {

	static final String NAMESPACE = "http://www.arkivverket.no/standarder/addml";

	/** An XML file of the extraction: its name, checksum, schema and counted elements. */
	record XmlFile(String name, String sha256, String schema, Map<String, Integer> counts) {
	}

	/** A document file: its path and checksum. */
	record DataFile(String name, String sha256, long size) {
	}

	private Addml() {
	}

	static byte[] write(NoarkRecord record, List<XmlFile> xmlFiles, List<DataFile> documents, boolean screened) {
		NoarkXml xml = new NoarkXml("addml", NAMESPACE);
		xml.attribute("name", "Noark 5-arkivuttrekk");
		xml.start("dataset").text("description", "Noark 5-arkivuttrekk fra " + Arkivstruktur.SYSTEM);
		xml.start("reference").start("context").start("additionalElements");
		xml.start("additionalElement").attribute("name", "recordCreators").start("additionalElements");
		element(xml, "recordCreator", record.clusterName());
		xml.end().end();
		element(xml, "systemType", "Møtebok (Noark 5)");
		element(xml, "systemName", Arkivstruktur.SYSTEM);
		element(xml, "archive", record.clusterName());
		xml.end().end();
		xml.start("content").start("additionalElements");
		xml.start("additionalElement").attribute("name", "archivalPeriod").start("properties");
		property(xml, "startDate", null, record.period().from().toString());
		property(xml, "endDate", null, record.period().to().toString());
		xml.end().end().end().end().end();
		xml.start("dataObjects").start("dataObject").attribute("name", "Noark 5 arkivuttrekk");
		xml.start("properties").start("property").attribute("name", "info").start("properties");
		xml.start("property").attribute("name", "type").text("value", "Noark 5");
		xml.start("properties");
		property(xml, "version", null, "3.1");
		xml.end().end();
		xml.start("property").attribute("name", "additionalInfo").start("properties");
		property(xml, "inneholderSkjermetInformasjon", "boolean", String.valueOf(screened));
		property(xml, "omfatterDokumenterSomErKassert", "boolean", "false");
		property(xml, "inneholderDokumenterSomSkalKasseres", "boolean", "false");
		property(xml, "inneholderVirksomhetsspesifikkeMetadata", "boolean", "false");
		property(xml, "antallDokumentfiler", "integer", String.valueOf(documents.size()));
		xml.end().end().end().end().end();
		xml.start("dataObjects");
		for (XmlFile file : xmlFiles) {
			xml.start("dataObject").attribute("name", file.name().replace(".xml", "")).start("properties");
			file(xml, file.name(), "XML", file.sha256(), null);
			xml.start("property").attribute("name", "schema").text("value", "main").start("properties");
			xml.start("property").attribute("name", "file").start("properties");
			property(xml, "name", null, file.schema());
			xml.end().end();
			property(xml, "type", null, "XML Schema");
			xml.end().end();
			if (!file.counts().isEmpty()) {
				xml.start("property").attribute("name", "info").start("properties");
				file.counts().forEach((element, count) -> {
					xml.start("property").attribute("name", "numberOfOccurrences").text("value", element);
					xml.start("properties");
					property(xml, "elementPath", null, "//" + element);
					property(xml, "value", "integer", String.valueOf(count));
					xml.end().end();
				});
				xml.end().end();
			}
			xml.end().end();
		}
		if (!documents.isEmpty()) {
			xml.start("dataObject").attribute("name", "dokumenter").start("dataObjects");
			for (DataFile file : documents) {
				xml.start("dataObject").attribute("name", file.name()).start("properties");
				file(xml, file.name(), "PDF/A-2b", file.sha256(), file.size());
				xml.end().end();
			}
			xml.end().end();
		}
		xml.end().end().end().end();
		return xml.bytes();
	}

	private static void file(NoarkXml xml, String name, String format, String sha256, Long size) {
		xml.start("property").attribute("name", "file").start("properties");
		property(xml, "name", null, name);
		property(xml, "format", null, format);
		if (size != null) {
			property(xml, "size", "integer", String.valueOf(size));
		}
		xml.start("property").attribute("name", "checksum").start("properties");
		property(xml, "algorithm", null, "SHA256");
		property(xml, "value", null, sha256);
		xml.end().end().end().end();
	}

	private static void element(NoarkXml xml, String name, String value) {
		xml.start("additionalElement").attribute("name", name).text("value", value).end();
	}

	private static void property(NoarkXml xml, String name, String dataType, String value) {
		xml.start("property").attribute("name", name);
		if (dataType != null) {
			xml.attribute("dataType", dataType);
		}
		xml.text("value", value).end();
	}

}
