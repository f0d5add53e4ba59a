package klynge.funding;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static klynge.funding.CallStatus.ADOPTED;
import static klynge.funding.CallStatus.CLOSED;
import static klynge.funding.CallStatus.COMMENT_ROUND;
import static klynge.funding.CallStatus.DECIDED;
import static klynge.funding.CallStatus.DRAFT;
import static klynge.funding.CallStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

/** Every step of a call's life cycle, legal and illegal. */
class CallStatusTests {

	private static final Set<String> LEGAL = Set.of("DRAFT>COMMENT_ROUND", "COMMENT_ROUND>DRAFT",
			"COMMENT_ROUND>ADOPTED", "ADOPTED>PUBLISHED", "PUBLISHED>CLOSED", "CLOSED>DECIDED");

	@Test
	void onlyTheStepsOfTheLifeCycleAreLegal() {
		for (CallStatus from : CallStatus.values()) {
			for (CallStatus to : CallStatus.values()) {
				assertThat(from.mayBecome(to)).as(from + " -> " + to).isEqualTo(LEGAL.contains(from + ">" + to));
			}
		}
	}

	@Test
	void aDecidedCallGoesNowhere() {
		assertThat(DECIDED.next()).isEmpty();
	}

	@Test
	void textChangesOnlyBeforeAdoptionAndThepublic_readsOnlyPublishedCalls() {
		assertThat(EnumSet.allOf(CallStatus.class).stream().filter(CallStatus::isEditable))
			.containsExactlyInAnyOrder(DRAFT, COMMENT_ROUND);
		assertThat(EnumSet.allOf(CallStatus.class).stream().filter(CallStatus::isPublic))
			.containsExactlyInAnyOrder(PUBLISHED, CLOSED, DECIDED);
		assertThat(ADOPTED.isPublic()).isFalse();
	}

}
