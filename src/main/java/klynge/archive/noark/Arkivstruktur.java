package klynge.archive.noark;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import klynge.archive.noark.NoarkRecord.Body;
import klynge.archive.noark.NoarkRecord.Document;
import klynge.archive.noark.NoarkRecord.DocumentFile;
import klynge.archive.noark.NoarkRecord.Meeting;
import klynge.archive.noark.NoarkRecord.Participant;
import klynge.archive.noark.NoarkRecord.Registration;
import klynge.archive.noark.NoarkRecord.Screening;

/**
 * arkivstruktur.xml (Noark 5 v3.1): arkiv → arkivdel → klassifikasjonssystem with one
 * klasse per body → a møtemappe per meeting → a møteregistrering per agenda item and for
 * the summons and minutes, with their documents as PDF/A.
 */
final class Arkivstruktur {

	static final String NAMESPACE = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";

	static final String SYSTEM = "Klynge";

	private Arkivstruktur() {
	}

	static UUID archiveId(NoarkRecord record, String part) {
		return UUID
			.nameUUIDFromBytes((record.clusterName() + "/" + record.period() + "/" + part + "/" + record.extractedAt())
				.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] write(NoarkRecord record) {
		NoarkXml xml = new NoarkXml("arkiv", NAMESPACE);
		xml.id(archiveId(record, "arkiv"))
			.text("tittel", record.clusterName())
			.text("beskrivelse",
					"Møtebok fra Klynge: møter med godkjent referat " + record.period().from() + " – "
							+ record.period().to())
			.text("arkivstatus", "Avsluttet")
			.text("dokumentmedium", "Elektronisk arkiv")
			.text("opprettetDato", record.extractedAt())
			.text("opprettetAv", SYSTEM)
			.text("avsluttetDato", record.extractedAt())
			.text("avsluttetAv", SYSTEM);
		xml.start("arkivskaper")
			.text("arkivskaperID", record.clusterName())
			.text("arkivskaperNavn", record.clusterName())
			.end();
		xml.start("arkivdel")
			.id(archiveId(record, "arkivdel"))
			.text("tittel", "Møter " + record.period().from() + " – " + record.period().to())
			.text("arkivdelstatus", "Avsluttet periode")
			.text("dokumentmedium", "Elektronisk arkiv")
			.text("opprettetDato", record.extractedAt())
			.text("opprettetAv", SYSTEM)
			.text("avsluttetDato", record.extractedAt())
			.text("avsluttetAv", SYSTEM)
			.text("arkivperiodeStartDato", record.period().from())
			.text("arkivperiodeSluttDato", record.period().to());
		if (!record.bodies().isEmpty()) {
			xml.start("klassifikasjonssystem")
				.id(archiveId(record, "klassifikasjonssystem"))
				.text("klassifikasjonstype", "Organ")
				.text("tittel", "Organer")
				.text("opprettetDato", record.extractedAt())
				.text("opprettetAv", SYSTEM);
			record.bodies().forEach(body -> body(xml, body));
			xml.end();
		}
		xml.end();
		return xml.bytes();
	}

	private static void body(NoarkXml xml, Body body) {
		xml.start("klasse")
			.id(body.id())
			.text("klasseID", body.id())
			.text("tittel", body.name())
			.text("opprettetDato", body.createdAt())
			.text("opprettetAv", SYSTEM);
		body.meetings().forEach(meeting -> meeting(xml, meeting));
		xml.end();
	}

	private static void meeting(NoarkXml xml, Meeting meeting) {
		xml.start("mappe", "moetemappe")
			.id(meeting.id())
			.text("mappeID", meeting.number())
			.text("tittel", meeting.title())
			.text("offentligTittel", meeting.title())
			.text("opprettetDato", meeting.createdAt())
			.text("opprettetAv", meeting.createdBy())
			.text("avsluttetDato", meeting.closedAt())
			.text("avsluttetAv", meeting.createdBy());
		meeting.registrations().forEach(registration -> registration(xml, meeting, registration));
		xml.text("moetenummer", meeting.number())
			.text("utvalg", meeting.bodyName())
			.text("moetedato", meeting.date())
			.text("moetested", meeting.place());
		for (Participant participant : meeting.participants()) {
			xml.start("moetedeltaker")
				.text("moetedeltakerNavn", participant.name())
				.text("moetedeltakerFunksjon", participant.function())
				.end();
		}
		xml.end();
	}

	private static void registration(NoarkXml xml, Meeting meeting, Registration registration) {
		xml.start("registrering", "moeteregistrering")
			.id(registration.id())
			.text("opprettetDato", meeting.createdAt())
			.text("opprettetAv", meeting.createdBy())
			.text("arkivertDato", meeting.closedAt())
			.text("arkivertAv", meeting.createdBy());
		screening(xml, registration.screening());
		for (Document document : registration.documents()) {
			xml.start("dokumentbeskrivelse")
				.id(document.id())
				.text("dokumenttype", document.kind())
				.text("dokumentstatus", "Dokumentet er ferdigstilt")
				.text("tittel", document.title())
				.text("opprettetDato", meeting.closedAt())
				.text("opprettetAv", meeting.createdBy())
				.text("tilknyttetRegistreringSom", "Hoveddokument")
				.text("dokumentnummer", 1)
				.text("tilknyttetDato", meeting.closedAt())
				.text("tilknyttetAv", meeting.createdBy());
			for (DocumentFile file : document.files()) {
				xml.start("dokumentobjekt")
					.text("versjonsnummer", 1)
					.text("variantformat", file.variant())
					.text("format", "PDF/A")
					.text("formatDetaljer", "PDF/A-2b")
					.text("opprettetDato", meeting.closedAt())
					.text("opprettetAv", meeting.createdBy())
					.text("referanseDokumentfil", file.path())
					.text("sjekksum", file.sha256())
					.text("sjekksumAlgoritme", "SHA256")
					.text("filstoerrelse", file.content().length)
					.end();
			}
			xml.end();
		}
		xml.text("registreringsID", registration.registrationId())
			.text("tittel", registration.title())
			.text("offentligTittel", registration.publicTitle())
			.text("moeteregistreringstype", registration.type())
			.text("moetesakstype", registration.caseType())
			.text("administrativEnhet", meeting.bodyName())
			.text("saksbehandler", "Sekretariatet")
			.end();
	}

	/**
	 * An exempt item is screened whole (its title: the public title stands in); minutes
	 * holding one are screened in part (their public version leaves the item out).
	 */
	private static void screening(NoarkXml xml, Screening screening) {
		if (screening == null) {
			return;
		}
		xml.start("skjerming")
			.text("tilgangsrestriksjon", screening.basis())
			.text("skjermingshjemmel", screening.basis())
			.text("skjermingMetadata", screening.whole() ? "tittel" : "ingen")
			.text("skjermingDokument",
					screening.whole() ? "Skjerming av hele dokumentet" : "Skjerming av deler av dokumentet")
			.text("skjermingOpphoererDato", screening.endsOn())
			.end();
	}

}
