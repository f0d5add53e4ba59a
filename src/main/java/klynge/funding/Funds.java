package klynge.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds of the current cluster. The frame of a collaboration fund comes from the
 * adopted budget of its year when the budget module tells it ({@link AdoptedBudgets}),
 * else from the amount typed on the fund.
 */
@Service
public class Funds {

	private static final String COLUMNS = "id, kind, name, year, valid_from, valid_to, amount, description, version";

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	private final ObjectProvider<AdoptedBudgets> budgets;

	Funds(JdbcClient jdbc, CurrentCluster cluster, ObjectProvider<AdoptedBudgets> budgets) {
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.budgets = budgets;
	}

	public List<Fund> list() {
		return jdbc
			.sql("select " + COLUMNS + " from fund where cluster_id = ? order by coalesce(year, "
					+ "extract(year from valid_from)::int) desc, name")
			.param(cluster.id())
			.query(Fund.class)
			.list();
	}

	public Fund get(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from fund where cluster_id = ? and id = ?")
			.params(cluster.id(), id)
			.query(Fund.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("fund", id));
	}

	/** How much the fund has to give, and from where the figure comes. */
	public FundFrame frame(Fund fund) {
		if (fund.isCollaboration() && fund.year() != null) {
			Optional<BigDecimal> adopted = Optional.ofNullable(budgets.getIfAvailable())
				.flatMap(port -> port.collaborationFunds(fund.year()));
			if (adopted.isPresent()) {
				return new FundFrame(adopted.get(), FundFrame.Source.ADOPTED_BUDGET);
			}
		}
		return fund.amount() == null ? new FundFrame(null, FundFrame.Source.UNKNOWN)
				: new FundFrame(fund.amount(), FundFrame.Source.TYPED);
	}

	@Transactional
	public UUID create(FundForm form) {
		check(form);
		try {
			return jdbc.sql("""
					insert into fund (cluster_id, kind, name, year, valid_from, valid_to, amount, description)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(cluster.id(), form.kind().name(), form.name(), year(form), from(form), to(form), form.amount(),
						form.description())
				.query(UUID.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("name", "funding.fund.rule.nameTaken", form.name());
		}
	}

	@Transactional
	public void update(UUID id, FundForm form, int version) {
		get(id);
		check(form);
		int changed;
		try {
			changed = jdbc.sql("""
					update fund set kind = ?, name = ?, year = ?, valid_from = ?, valid_to = ?, amount = ?,
					       description = ?, version = version + 1
					where cluster_id = ? and id = ? and version = ?""")
				.params(form.kind().name(), form.name(), year(form), from(form), to(form), form.amount(),
						form.description(), cluster.id(), id, version)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("name", "funding.fund.rule.nameTaken", form.name());
		}
		if (changed == 0) {
			throw new EditConflict("fund", id, get(id).version());
		}
	}

	private static void check(FundForm form) {
		if (form.kind() == FundKind.COLLABORATION && form.year() == null) {
			throw new RuleViolation("year", "funding.fund.rule.yearRequired");
		}
		if (form.kind() == FundKind.NAMED) {
			if (form.validFrom() == null || form.validTo() == null) {
				throw new RuleViolation("validFrom", "funding.fund.rule.periodRequired");
			}
			if (form.validTo().isBefore(form.validFrom())) {
				throw new RuleViolation("validTo", "funding.fund.rule.periodOrder");
			}
			if (form.amount() == null) {
				throw new RuleViolation("amount", "funding.fund.rule.amountRequired");
			}
		}
	}

	private static Integer year(FundForm form) {
		return form.kind() == FundKind.COLLABORATION ? form.year() : null;
	}

	private static Object from(FundForm form) {
		return form.kind() == FundKind.NAMED ? form.validFrom() : null;
	}

	private static Object to(FundForm form) {
		return form.kind() == FundKind.NAMED ? form.validTo() : null;
	}

}
