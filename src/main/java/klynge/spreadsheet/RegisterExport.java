package klynge.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.body.BodyDirectory;
import klynge.body.BodyRegister;
import klynge.body.BodySummary;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationSummary;
import klynge.organisation.Organisations;
import klynge.organisation.Partnership;
import klynge.organisation.People;
import klynge.organisation.PersonDetails;
import klynge.organisation.PersonRef;
import klynge.shared.Csv;
import klynge.spreadsheet.ListKind.Column;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists as spreadsheets: templates (the headers only) and exports of the current
 * cluster, in the columns the import reads, so an export imports again unchanged.
 */
@Service
class RegisterExport {

	private final Organisations organisations;

	private final People people;

	private final OrganisationDirectory registry;

	private final BodyDirectory bodies;

	private final BodyRegister register;

	private final CurrentCluster cluster;

	private final RegisterImport labels;

	RegisterExport(Organisations organisations, People people, OrganisationDirectory registry, BodyDirectory bodies,
			BodyRegister register, CurrentCluster cluster, RegisterImport labels) {
		this.organisations = organisations;
		this.people = people;
		this.registry = registry;
		this.bodies = bodies;
		this.register = register;
		this.cluster = cluster;
		this.labels = labels;
	}

	static List<String> headers(ListKind kind) {
		return kind.columns.stream().map(Column::header).toList();
	}

	/** The list's rows without the headers; empty for a template. */
	@Transactional(readOnly = true)
	public List<List<String>> rows(ListKind kind, Locale locale) {
		return switch (kind) {
			case ORGANISATIONS -> organisations.list().stream().map(o -> organisation(o, locale)).toList();
			case PEOPLE -> people.search(null).stream().map(p -> person(people.get(p.id()))).toList();
			case BODIES -> bodies.bodies(cluster.id())
				.stream()
				.map(b -> row(b.name(), labels.bodyTypes().write(b.type(), locale), day(b.establishedOn())))
				.toList();
			case MEMBERSHIPS -> memberships(locale);
		};
	}

	private List<String> organisation(OrganisationSummary organisation, Locale locale) {
		LocalDate today = LocalDate.now(cluster.get().zone());
		LocalDate since = organisations.partnerships(organisation.id())
			.stream()
			.filter(p -> !p.validFrom().isAfter(today) && (p.validTo() == null || !p.validTo().isBefore(today)))
			.map(Partnership::validFrom)
			.findFirst()
			.orElse(null);
		return row(organisation.name(), labels.organisationTypes().write(organisation.type(), locale),
				organisation.parentName(), day(since));
	}

	private static List<String> person(PersonDetails person) {
		return row(person.name(), person.code(), person.email(), person.phone(), person.title(),
				person.organisationName());
	}

	private List<List<String>> memberships(Locale locale) {
		UUID clusterId = cluster.id();
		Map<UUID, String> bodyNames = bodies.bodies(clusterId)
			.stream()
			.collect(Collectors.toMap(BodySummary::id, BodySummary::name));
		Map<UUID, String> codes = registry.people(clusterId)
			.stream()
			.collect(Collectors.toMap(PersonRef::id, PersonRef::code));
		List<BodyRegister.Entry> all = register.memberships(clusterId);
		Map<UUID, UUID> holders = new HashMap<>();
		all.forEach(m -> holders.put(m.id(), m.personId()));
		List<List<String>> rows = new ArrayList<>();
		for (BodyRegister.Entry m : all) {
			rows.add(row(bodyNames.get(m.bodyId()), codes.get(m.personId()), labels.roles().write(m.role(), locale),
					m.seat(), day(m.validFrom()), day(m.validTo()),
					m.deputyForId() == null ? null : codes.get(holders.get(m.deputyForId()))));
		}
		return rows;
	}

	private static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	private static String day(LocalDate day) {
		return day == null ? null
				: String.format("%02d.%02d.%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

	/**
	 * One CSV file of a list, semicolon-separated with a BOM, as Norwegian Excel opens
	 * it.
	 */
	String csv(ListKind kind, boolean withRows, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.row(headers(kind)));
		if (withRows) {
			rows(kind, locale).forEach(row -> csv.append(Csv.row(row)));
		}
		return csv.toString();
	}

	/** A workbook with a sheet per list. */
	byte[] xlsx(boolean withRows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (ListKind kind : ListKind.values()) {
				Sheet sheet = workbook.createSheet(kind.title());
				write(sheet.createRow(0), headers(kind), Function.identity()).forEach(cell -> cell.setCellStyle(bold));
				if (withRows) {
					int n = 1;
					for (List<String> cells : rows(kind, locale)) {
						write(sheet.createRow(n++), cells, Function.identity());
					}
				}
				for (int c = 0; c < kind.columns.size(); c++) {
					sheet.setColumnWidth(c, 24 * 256);
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<org.apache.poi.ss.usermodel.Cell> write(Row row, List<String> cells,
			Function<String, String> text) {
		List<org.apache.poi.ss.usermodel.Cell> written = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			var cell = row.createCell(c);
			if (cells.get(c) != null) {
				cell.setCellValue(text.apply(cells.get(c)));
			}
			written.add(cell);
		}
		return written;
	}

	static String fileName(String base, Locale locale) {
		return base.toLowerCase(Locale.ROOT);
	}

}
