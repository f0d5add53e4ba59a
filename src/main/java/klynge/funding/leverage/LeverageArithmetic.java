package klynge.funding.leverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The sums behind the leverage dashboard: per seed year and per fund, the seed money
 * awarded, the number of projects, the follow-on money applied for (every application,
 * whatever its outcome) and granted, and the ratio granted : seed. Follow-on money counts
 * in the year of the seed project it grew from, so a year's ratio says what that year's
 * seed money led to.
 */
public final class LeverageArithmetic {

	private LeverageArithmetic() {
	}

	/** The figures of a group of projects. */
	public record Figures(BigDecimal seed, int projects, BigDecimal applied, BigDecimal granted) {

		static final Figures NONE = new Figures(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

		Figures plus(Figures other) {
			return new Figures(seed.add(other.seed), projects + other.projects, applied.add(other.applied),
					granted.add(other.granted));
		}

		/** "1 : 7,4", or "–" when there is no seed money to compare with. */
		public String ratio() {
			return LeverageArithmetic.ratio(seed, granted);
		}

	}

	/** One project with its follow-on sums and applications. */
	public record ProjectFigures(Project project, BigDecimal applied, BigDecimal granted, List<FollowOn> followOns) {

		Figures figures() {
			return new Figures(project.seed(), 1, applied, granted);
		}

	}

	/** The projects of one fund in one year. */
	public record FundGroup(UUID fundId, String fund, Figures figures, List<ProjectFigures> projects) {
	}

	/** One seed year: its total and its funds. */
	public record YearGroup(int year, Figures figures, List<FundGroup> funds) {
	}

	/** Every year, newest first, and the sum of them all. */
	public record Summary(List<YearGroup> years, Figures total) {
	}

	public static Summary summarise(List<Project> projects, List<FollowOn> followOns) {
		Map<UUID, List<FollowOn>> byAward = new LinkedHashMap<>();
		for (FollowOn followOn : followOns) {
			byAward.computeIfAbsent(followOn.awardId(), id -> new ArrayList<>()).add(followOn);
		}
		Map<Integer, Map<UUID, List<ProjectFigures>>> byYear = new TreeMap<>(Comparator.reverseOrder());
		Map<UUID, String> fundNames = new LinkedHashMap<>();
		List<Project> sorted = new ArrayList<>(projects);
		sorted.sort(Comparator.comparing(Project::fund).thenComparing(Project::title));
		for (Project project : sorted) {
			fundNames.put(project.fundId(), project.fund());
			List<FollowOn> own = byAward.getOrDefault(project.awardId(), List.of());
			byYear.computeIfAbsent(project.year(), year -> new LinkedHashMap<>())
				.computeIfAbsent(project.fundId(), fund -> new ArrayList<>())
				.add(new ProjectFigures(project, sum(own, null), sum(own, FollowOnStatus.GRANTED), own));
		}
		List<YearGroup> years = new ArrayList<>();
		Figures total = Figures.NONE;
		for (var year : byYear.entrySet()) {
			List<FundGroup> funds = new ArrayList<>();
			Figures yearFigures = Figures.NONE;
			for (var fund : year.getValue().entrySet()) {
				Figures fundFigures = Figures.NONE;
				for (ProjectFigures project : fund.getValue()) {
					fundFigures = fundFigures.plus(project.figures());
				}
				funds.add(new FundGroup(fund.getKey(), fundNames.get(fund.getKey()), fundFigures, fund.getValue()));
				yearFigures = yearFigures.plus(fundFigures);
			}
			years.add(new YearGroup(year.getKey(), yearFigures, funds));
			total = total.plus(yearFigures);
		}
		return new Summary(years, total);
	}

	/**
	 * The sum of the follow-on amounts with the given status, or of all when the status
	 * is null (what was applied for, whatever came of it).
	 */
	static BigDecimal sum(List<FollowOn> followOns, FollowOnStatus status) {
		BigDecimal sum = BigDecimal.ZERO;
		for (FollowOn followOn : followOns) {
			if (status == null || followOn.status() == status) {
				sum = sum.add(followOn.amount());
			}
		}
		return sum;
	}

	/**
	 * Granted follow-on money per krone of seed money, one decimal, Norwegian comma: "1 :
	 * 7,4". No seed money: "–" (nothing to divide by).
	 */
	public static String ratio(BigDecimal seed, BigDecimal granted) {
		if (seed == null || seed.signum() <= 0) {
			return "–";
		}
		BigDecimal factor = (granted == null ? BigDecimal.ZERO : granted).divide(seed, 1, RoundingMode.HALF_UP);
		return "1 : " + factor.toPlainString().replace('.', ',');
	}

}
