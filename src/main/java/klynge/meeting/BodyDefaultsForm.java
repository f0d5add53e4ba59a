package klynge.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import klynge.meeting.BodyDefaults.TemplateItem;
import klynge.shared.WebLink;

/**
 * A body's usual place and Teams link and its agenda template, as the secretariat edits
 * them: the template as parallel lists (type, title, minutes per row) plus empty rows to
 * add to.
 */
public record BodyDefaultsForm(@Size(max = 300) String usualAddress, @Size(max = 200) String usualRoom,
		@Size(max = 1000) @Pattern(regexp = "^$|^https://\\S+$", message = "{meeting.onlineUrl.https}") @WebLink(
				message = "{meeting.onlineUrl.invalid}") String usualOnlineUrl,
		List<AgendaItemType> type, List<String> title, List<Integer> minutes) {

	static final int EMPTY_ROWS = 3;

	static BodyDefaultsForm of(BodyDefaults defaults) {
		List<AgendaItemType> types = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<Integer> minutes = new ArrayList<>();
		for (TemplateItem item : defaults.template()) {
			types.add(item.type());
			titles.add(item.title());
			minutes.add(item.plannedMinutes());
		}
		return new BodyDefaultsForm(defaults.address(), defaults.room(), defaults.onlineUrl(), types, titles, minutes);
	}

	/** The template's rows, and empty rows to fill in. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		int n = title == null ? 0 : title.size();
		for (int i = 0; i < n; i++) {
			rows.add(new Row(at(type, i), title.get(i), at(minutes, i)));
		}
		return rows;
	}

	/** The rows shown on the form: the template and a few empty ones. */
	public List<Row> rowsWithBlanks() {
		List<Row> rows = new ArrayList<>(rows());
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(new Row(AgendaItemType.INFORMATION, null, null));
		}
		return rows;
	}

	private static <T> T at(List<T> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	public record Row(AgendaItemType type, String title, Integer plannedMinutes) {
	}

}
