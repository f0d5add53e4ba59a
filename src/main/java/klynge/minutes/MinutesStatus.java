package klynge.minutes;

import java.util.EnumSet;
import java.util.Set;

/** utkast → til kommentar → godkjent (locked; changes only by amendment). */
public enum MinutesStatus {

	DRAFT, FOR_COMMENT, APPROVED;

	public Set<MinutesStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(FOR_COMMENT, APPROVED);
			case FOR_COMMENT -> EnumSet.of(APPROVED);
			case APPROVED -> EnumSet.noneOf(MinutesStatus.class);
		};
	}

	public boolean canMoveTo(MinutesStatus target) {
		return next().contains(target);
	}

	/**
	 * Item minutes may be written and commented until approval; after that only amended.
	 */
	public boolean editable() {
		return this != APPROVED;
	}

	public String messageKey() {
		return "minutes.status." + name();
	}

}
