package klynge.archive.noark;

import java.util.List;

import klynge.archive.noark.NoarkRepository.Change;

/**
 * endringslogg.xml: the audit log's changes to the extracted meetings and items' titles,
 * screening and dates. The schema wants at least one endring, so a period whose units
 * never changed gets no endringslogg (the ADDML says so by leaving it out).
 */
final class Endringslogg {

	static final String NAMESPACE = "http://www.arkivverket.no/standarder/noark5/endringslogg";

	private Endringslogg() {
	}

	static byte[] write(List<Change> changes) {
		NoarkXml xml = new NoarkXml("endringslogg", NAMESPACE);
		for (Change change : changes) {
			xml.start("endring")
				.text("referanseArkivenhet", change.unit())
				.text("referanseMetadata", change.element())
				.text("endretDato", change.at())
				.text("endretAv", change.by())
				.text("tidligereVerdi", change.before() == null ? "" : change.before())
				.text("nyVerdi", change.after() == null ? "" : change.after())
				.end();
		}
		return xml.bytes();
	}

}
