package klynge.archive.noark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import klynge.archive.noark.NoarkRecord.DocumentFile;
import klynge.archive.noark.NoarkRecord.Meeting;
import klynge.archive.noark.NoarkRecord.Registration;
import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Component;

/**
 * Builds the arkivuttrekk of a period for the current cluster as one ZIP: the documents
 * under {@code dokumenter/}, arkivstruktur.xml, endringslogg.xml (when anything changed),
 * and arkivuttrekk.xml describing them all with their checksums.
 * <p>
 * No loependeJournal.xml or offentligJournal.xml: Klynge keeps meeting records
 * (møtemapper and møteregistreringer), not a journal of incoming and outgoing letters
 * (journalposter), and Noark 5 asks for the journal reports only from journal-keeping
 * systems.
 */
@Component
class NoarkExtraction {

	private final NoarkReader reader;

	private final NoarkRepository repository;

	private final CurrentCluster cluster;

	NoarkExtraction(NoarkReader reader, NoarkRepository repository, CurrentCluster cluster) {
		this.reader = reader;
		this.repository = repository;
		this.cluster = cluster;
	}

	/** The built extraction and how much it holds. */
	record Result(byte[] zip, int meetings, int documents) {
	}

	/**
	 * Builds the period; {@code progress} hears percent and step ("documents", "xml",
	 * "zip").
	 */
	Result build(NoarkPeriod period, BiConsumer<Integer, String> progress) {
		NoarkRecord record = reader.read(period, percent -> progress.accept(5 + percent * 80 / 100, "documents"));
		progress.accept(85, "xml");
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<Addml.DataFile> documents = new ArrayList<>();
		for (var document : record.documents()) {
			for (DocumentFile file : document.files()) {
				files.put(file.path(), file.content());
				documents.add(new Addml.DataFile(file.path(), file.sha256(), file.content().length));
			}
		}
		List<Addml.XmlFile> xmlFiles = new ArrayList<>();
		byte[] structure = Arkivstruktur.write(record);
		files.put("arkivstruktur.xml", structure);
		xmlFiles.add(new Addml.XmlFile("arkivstruktur.xml", NoarkReader.sha256(structure), "arkivstruktur.xsd",
				counts(record)));
		List<NoarkRepository.Change> changes = repository.changes(cluster.id(), units(record));
		if (!changes.isEmpty()) {
			byte[] log = Endringslogg.write(changes);
			files.put("endringslogg.xml", log);
			xmlFiles.add(new Addml.XmlFile("endringslogg.xml", NoarkReader.sha256(log), "endringslogg.xsd",
					Map.of("endring", changes.size())));
		}
		boolean screened = record.bodies()
			.stream()
			.flatMap(b -> b.meetings().stream())
			.flatMap(m -> m.registrations().stream())
			.anyMatch(r -> r.screening() != null);
		files.put("arkivuttrekk.xml", Addml.write(record, xmlFiles, documents, screened));
		progress.accept(95, "zip");
		return new Result(zip(files), record.meetings(), documents.size());
	}

	private static Map<String, Integer> counts(NoarkRecord record) {
		List<Meeting> meetings = record.bodies().stream().flatMap(b -> b.meetings().stream()).toList();
		List<Registration> registrations = meetings.stream().flatMap(m -> m.registrations().stream()).toList();
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("klasse", record.bodies().size());
		counts.put("mappe", meetings.size());
		counts.put("registrering", registrations.size());
		counts.put("dokumentbeskrivelse", record.documents().size());
		counts.put("dokumentobjekt", record.documents().stream().mapToInt(d -> d.files().size()).sum());
		counts.put("moetedeltaker", meetings.stream().mapToInt(m -> m.participants().size()).sum());
		return counts;
	}

	private static List<UUID> units(NoarkRecord record) {
		List<UUID> units = new ArrayList<>();
		record.bodies().stream().flatMap(b -> b.meetings().stream()).forEach(meeting -> {
			units.add(meeting.id());
			meeting.registrations().forEach(r -> units.add(r.id()));
		});
		return units;
	}

	private static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
