package klynge.funding.leverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.funding.FundingClock;
import klynge.funding.leverage.LeverageArithmetic.Figures;
import klynge.funding.leverage.LeverageArithmetic.Summary;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees and records what of the leverage. The dashboard is for staff and for those who
 * sit on a body that reviews or decides the cluster's calls (403 for other members). A
 * project's follow-on funding is read by them and by the project's applicant; staff and
 * that applicant record and change it, only staff delete. Another applicant's project, or
 * another cluster's, is not found (404). The public summary exists only while the cluster
 * has switched it on.
 */
@Service
public class Leverage {

	/** A year's figures on the public page, and the granted follow-on projects. */
	public record PublicYear(int year, Figures figures, List<PublicGrant> grants) {
	}

	/** A granted follow-on project as the public sees it: no people, no notes. */
	public record PublicGrant(String funder, String title, java.math.BigDecimal amount, Integer grantedYear) {
	}

	/** A project with its follow-on funding, and what the reader may do with it. */
	public record ProjectPage(Project project, List<FollowOn> followOns, Figures figures, boolean mayEdit,
			boolean mayDelete, boolean mayReadDashboard) {
	}

	/** A fund to filter by. */
	public record FundChoice(UUID id, String name) {
	}

	/** The dashboard: the figures (filtered), and what the filters offer. */
	public record Dashboard(Summary summary, List<Integer> years, List<FundChoice> funds, boolean publicSummary) {
	}

	private final LeverageRepository repository;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	private final FundingClock clock;

	Leverage(LeverageRepository repository, CurrentCluster cluster, CurrentUser currentUser, FundingClock clock) {
		this.repository = repository;
		this.cluster = cluster;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(Integer year, UUID fundId) {
		requireDashboardReader();
		UUID clusterId = cluster.id();
		List<Project> all = repository.projects(clusterId, false);
		List<Project> chosen = all.stream()
			.filter(p -> year == null || p.year() == year)
			.filter(p -> fundId == null || p.fundId().equals(fundId))
			.toList();
		List<Integer> years = all.stream().map(Project::year).distinct().sorted(Comparator.reverseOrder()).toList();
		Map<UUID, String> funds = new LinkedHashMap<>();
		all.stream().sorted(Comparator.comparing(Project::fund)).forEach(p -> funds.put(p.fundId(), p.fund()));
		List<FundChoice> choices = funds.entrySet()
			.stream()
			.map(e -> new FundChoice(e.getKey(), e.getValue()))
			.toList();
		return new Dashboard(LeverageArithmetic.summarise(chosen, repository.followOns(clusterId)), years, choices,
				repository.publicSummary(clusterId));
	}

	/**
	 * Per seed year: the seed money of decided calls, the number of projects, the granted
	 * follow-on money and the ratio, with the granted follow-on projects' funders and
	 * titles. Nothing applied for or rejected, no names, no notes.
	 */
	@Transactional(readOnly = true)
	public List<PublicYear> publicSummary() {
		UUID clusterId = cluster.id();
		if (!repository.publicSummary(clusterId)) {
			throw new NotFoundException("leverage-summary", clusterId);
		}
		List<FollowOn> granted = repository.followOns(clusterId).stream().filter(FollowOn::granted).toList();
		Summary summary = LeverageArithmetic.summarise(repository.projects(clusterId, true), granted);
		List<PublicYear> years = new ArrayList<>();
		for (var year : summary.years()) {
			List<PublicGrant> grants = new ArrayList<>();
			for (var fund : year.funds()) {
				for (var project : fund.projects()) {
					for (FollowOn followOn : project.followOns()) {
						grants.add(new PublicGrant(followOn.funder(), followOn.title(), followOn.amount(),
								followOn.grantedYear()));
					}
				}
			}
			grants.sort(Comparator.comparing(PublicGrant::amount).reversed());
			Figures f = year.figures();
			years.add(new PublicYear(year.year(),
					new Figures(f.seed(), f.projects(), java.math.BigDecimal.ZERO, f.granted()), grants));
		}
		return years;
	}

	@Transactional(readOnly = true)
	public boolean isPublic() {
		return repository.publicSummary(cluster.id());
	}

	@Transactional
	public void makePublic(boolean on) {
		if (!currentUser.isStaff()) {
			throw new AccessDeniedException("the secretariat decides what the cluster publishes");
		}
		repository.publicSummary(cluster.id(), on);
	}

	@Transactional(readOnly = true)
	public ProjectPage project(UUID awardId) {
		UUID clusterId = cluster.id();
		Project project = repository.project(clusterId, awardId)
			.orElseThrow(() -> new NotFoundException("project", awardId));
		boolean reader = mayReadDashboard();
		boolean applicant = isApplicantOf(awardId);
		if (!reader && !applicant) {
			if (user().hasRole(klynge.security.Roles.APPLICANT)) {
				throw new NotFoundException("project", awardId); // another applicant's
			}
			throw new AccessDeniedException("not on a funding body");
		}
		List<FollowOn> followOns = repository.followOns(clusterId, awardId);
		Figures figures = new Figures(project.seed(), 1, LeverageArithmetic.sum(followOns, null),
				LeverageArithmetic.sum(followOns, FollowOnStatus.GRANTED));
		return new ProjectPage(project, followOns, figures, user().isStaff() || applicant, user().isStaff(), reader);
	}

	@Transactional
	public FollowOn add(UUID awardId, FollowOnInput input) {
		requireEditor(awardId);
		var checked = input.check();
		UUID id = repository.insert(cluster.id(), awardId, checked, user().username());
		return repository.followOn(cluster.id(), awardId, id).orElseThrow();
	}

	@Transactional
	public FollowOn update(UUID awardId, UUID id, int version, FollowOnInput input) {
		requireEditor(awardId);
		FollowOn current = repository.followOn(cluster.id(), awardId, id)
			.orElseThrow(() -> new NotFoundException("follow-on-funding", id));
		var checked = input.check();
		if (!repository.update(cluster.id(), awardId, id, version, checked, user().username())) {
			throw new EditConflict("follow-on-funding", id, current.version());
		}
		return repository.followOn(cluster.id(), awardId, id).orElseThrow();
	}

	@Transactional
	public void delete(UUID awardId, UUID id) {
		requireEditor(awardId);
		if (!user().isStaff()) {
			throw new AccessDeniedException("only the secretariat deletes follow-on funding");
		}
		if (!repository.delete(cluster.id(), awardId, id)) {
			throw new NotFoundException("follow-on-funding", id);
		}
	}

	@Transactional(readOnly = true)
	public List<FollowOn> followOns(UUID awardId) {
		return project(awardId).followOns();
	}

	/**
	 * 404 for a project not of this cluster, 403 for anyone but staff and its applicant.
	 */
	public void requireEditor(UUID awardId) {
		ProjectPage page = project(awardId);
		if (!page.mayEdit()) {
			throw new AccessDeniedException("staff and the project's applicant record follow-on funding");
		}
	}

	private void requireDashboardReader() {
		if (!mayReadDashboard()) {
			throw new AccessDeniedException("staff and the funding bodies read the leverage");
		}
	}

	private boolean mayReadDashboard() {
		LoggedIn user = user();
		return user.isStaff() || repository.sitsOnAFundingBody(cluster.id(), user.personId(), clock.today());
	}

	private boolean isApplicantOf(UUID awardId) {
		return repository.applicantAccount(cluster.id(), awardId).map(user().accountId()::equals).orElse(false);
	}

	private LoggedIn user() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("log in"));
	}

}
