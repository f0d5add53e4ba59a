package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OrganisationHierarchyTests {

	final UUID uib = UUID.randomUUID();

	final UUID med = UUID.randomUUID();

	final UUID institute = UUID.randomUUID();

	final UUID hvl = UUID.randomUUID();

	final OrganisationHierarchy hierarchy = hierarchy();

	OrganisationHierarchy hierarchy() {
		Map<UUID, UUID> parents = new HashMap<>();
		parents.put(uib, null);
		parents.put(med, uib);
		parents.put(institute, med);
		parents.put(hvl, null);
		return new OrganisationHierarchy(parents);
	}

	@Test
	void anyOtherOrganisationOutsideTheSubtreeMayBeTheParent() {
		assertThatNoException().isThrownBy(() -> hierarchy.checkParent(uib, hvl));
		assertThatNoException().isThrownBy(() -> hierarchy.checkParent(institute, uib));
		assertThatNoException().isThrownBy(() -> hierarchy.checkParent(med, null));
		assertThatNoException().isThrownBy(() -> hierarchy.checkParent(null, med));
	}

	@Test
	void anOrganisationCannotBeItsOwnParent() {
		assertRule(() -> hierarchy.checkParent(med, med), "organisation.parent.self");
	}

	@Test
	void aDescendantCannotBecomeTheParent() {
		assertRule(() -> hierarchy.checkParent(uib, med), "organisation.parent.cycle");
		assertRule(() -> hierarchy.checkParent(uib, institute), "organisation.parent.cycle");
		assertRule(() -> hierarchy.checkParent(med, institute), "organisation.parent.cycle");
	}

	@Test
	void anUnknownParentIsRejected() {
		assertRule(() -> hierarchy.checkParent(null, UUID.randomUUID()), "organisation.parent.unknown");
		assertRule(() -> hierarchy.checkParent(uib, UUID.randomUUID()), "organisation.parent.unknown");
	}

	@Test
	void findsDescendantsAtAnyDepth() {
		assertThat(hierarchy.descendantsOf(uib)).containsExactlyInAnyOrder(med, institute);
		assertThat(hierarchy.descendantsOf(institute)).isEmpty();
	}

	@Test
	void survivesAnExistingLoop() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		OrganisationHierarchy broken = new OrganisationHierarchy(Map.of(a, b, b, a, uib, uib));
		assertThat(broken.descendantsOf(uib)).isEmpty();
		assertThat(broken.descendantsOf(a)).contains(b);
	}

	static void assertRule(Runnable check, String key) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo("parentId");
			assertThat(violation.messageKey()).isEqualTo(key);
		});
	}

}
