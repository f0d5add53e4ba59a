package klynge.shared;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A module's searchable content: the search index (module {@code search}) is rebuilt from
 * every bean of this type, so search depends on no module that feeds it. A port in the
 * open module, like {@link YearInReview}; a new module becomes searchable by implementing
 * it.
 * <p>
 * Each entry says who may find it ({@link Reach}). Content of a body's meeting carries
 * the item's access as meeting stores it (members-only, exempt with legal basis, public
 * title and end date), the body and the meeting date, so search asks meeting's rule for
 * the reader; a source never weighs access itself.
 */
public interface SearchSource {

	/**
	 * Every entry of the cluster, for a full rebuild. Runs inside the cluster's
	 * {@code ClusterScope}, with nobody logged in.
	 */
	Stream<Entry> entries(UUID clusterId);

	/**
	 * Who may find an entry. MEMBERS and EXEMPT are an agenda item's access and are
	 * decided by meeting's {@code Viewer} for the body and meeting date; SIGNED_IN is for
	 * the cluster's users (staff and those who sit in a body, as {@code Roles.ANY}; not
	 * applicants or reviewers), STAFF for administrators and sekretariat.
	 */
	enum Reach {

		PUBLIC, SIGNED_IN, MEMBERS, EXEMPT, STAFF

	}

	/**
	 * One searchable part of a page: {@code kind} names the type of page (ITEM, CASE,
	 * FOLLOWUP, DOCUMENT, PERSON, ORGANISATION, CALL, PROJECT, EVENT, POSTER, IDEA,
	 * STRATEGY, PARTNER, PANEL, POSITION, REPORT), {@code refId} and {@code part} make it
	 * unique (an item's MAIN part, its MINUTES part and its REFERRAL parts lead to the
	 * same page, and their ranks add up; a sub-item's main part is SUBITEM).
	 * {@code caseSeq}/{@code caseYear}: the case number NN-YY, if any.
	 */
	record Entry(String kind, UUID refId, String part, String url, String title, String content, Integer caseSeq,
			Integer caseYear, UUID bodyId, LocalDate meetingDate, Integer year, String status, Reach reach,
			String exemptionBasis, String publicTitle, LocalDate exemptionEnds) {

		public Entry {
			part = part == null ? "MAIN" : part;
			content = content == null ? "" : content;
			reach = reach == null ? Reach.PUBLIC : reach;
		}

		/** Public content that belongs to no meeting. */
		public static Entry open(String kind, UUID refId, String url, String title, String content, Integer year,
				String status, Reach reach) {
			return new Entry(kind, refId, "MAIN", url, title, content, null, null, null, null, year, status, reach,
					null, null, null);
		}
	}

}
