package klynge.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A body's member table on a day, laid out as in the minutes: voting members by sort
 * order, then deputies ("vara for …"), then the standing observers, then the secretariat.
 */
record MembersTable(List<Line> voting, List<Line> deputies, List<Line> observers, List<Line> secretariat) {

	/** A row; {@code deputyForName} names the member a deputy stands in for. */
	record Line(MemberRow row, String deputyForName) {

		/**
		 * The message key of the role to add after the seat ("…, leder"), or null when
		 * the seat says it already.
		 */
		public String roleSuffixKey() {
			String seat = row.seat() == null ? "" : row.seat().toLowerCase(Locale.ROOT);
			return switch (row.role()) {
				case CHAIR -> seat.matches(".*\\b(leder|leiar|chair)\\b.*") ? null : "members.suffix.CHAIR";
				case DEPUTY_CHAIR ->
					seat.contains("nestleder") || seat.contains("nestleiar") || seat.contains("deputy chair") ? null
							: "members.suffix.DEPUTY_CHAIR";
				case DEPUTY -> "members.suffix.DEPUTY";
				default -> null;
			};
		}
	}

	private static final Comparator<MemberRow> ORDER = Comparator.comparingInt(MemberRow::sortOrder)
		.thenComparing(MemberRow::name, Comparator.nullsLast(Comparator.naturalOrder()));

	static MembersTable of(List<MemberRow> rows, Function<MemberRow, String> deputyForName) {
		List<Line> voting = new ArrayList<>();
		List<Line> deputies = new ArrayList<>();
		List<Line> observers = new ArrayList<>();
		List<Line> secretariat = new ArrayList<>();
		rows.stream().sorted(ORDER).forEach(row -> {
			switch (row.role()) {
				case CHAIR, DEPUTY_CHAIR, MEMBER -> voting.add(new Line(row, null));
				case DEPUTY -> deputies.add(new Line(row, deputyForName.apply(row)));
				case OBSERVER, FACILITATOR -> observers.add(new Line(row, null));
				case SECRETARIAT -> secretariat.add(new Line(row, null));
			}
		});
		return new MembersTable(List.copyOf(voting), List.copyOf(deputies), List.copyOf(observers),
				List.copyOf(secretariat));
	}

	/** Every row in table order. */
	List<MemberRow> rows() {
		return Stream.of(voting, deputies, observers, secretariat).flatMap(List::stream).map(Line::row).toList();
	}

	/** The section a membership's role belongs to, for reordering within it. */
	List<Line> sectionOf(MembershipRole role) {
		return switch (role) {
			case CHAIR, DEPUTY_CHAIR, MEMBER -> voting;
			case DEPUTY -> deputies;
			case OBSERVER, FACILITATOR -> observers;
			case SECRETARIAT -> secretariat;
		};
	}

	public boolean isEmpty() {
		return voting.isEmpty() && deputies.isEmpty() && observers.isEmpty() && secretariat.isEmpty();
	}
}
