package klynge.meeting;

import java.util.List;

/**
 * Implemented by modules that build on meetings (minutes, follow-ups, cases) to add their parts
 * to the meeting page without the meeting module depending on them. They must respect the
 * viewer: exempt content goes only to those who may see it.
 */
public interface MeetingPageContributor {

	List<MeetingPagePart> partsFor(Meeting meeting, Viewer viewer);
}
