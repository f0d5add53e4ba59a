package klynge.cluster.setup;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;

import klynge.cluster.Cluster;
import klynge.cluster.Clusters;
import klynge.cluster.NewCluster;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates clusters with their first administrator: the installation's first cluster at
 * first-run setup (with the setup code, only while no cluster exists), and later clusters
 * for an installation administrator.
 */
@Service
public class FirstRun {

	private final Clusters clusters;

	private final JdbcClient jdbc;

	private final SetupCode code;

	private final ObjectProvider<AdministratorAccounts> accounts;

	/** Once a cluster exists, setup is over for good: no more queries to find out. */
	private final AtomicBoolean done = new AtomicBoolean();

	FirstRun(Clusters clusters, JdbcClient jdbc, SetupCode code, ObjectProvider<AdministratorAccounts> accounts) {
		this.clusters = clusters;
		this.jdbc = jdbc;
		this.code = code;
		this.accounts = accounts;
	}

	/**
	 * Whether the installation still has no cluster, so every page leads to the setup
	 * page.
	 */
	public boolean needed() {
		if (done.get()) {
			return false;
		}
		if (clusters.anyExists()) {
			done.set(true);
			code.spend();
			return false;
		}
		return true;
	}

	/**
	 * The first-run setup: refused with 404 once any cluster exists, and with a message
	 * beside the code when the code is wrong (or spent).
	 */
	@Transactional
	public Cluster setUp(SetupForm form, String logoSvg) {
		// Two installers submitting at once: the second waits, then finds the cluster and
		// gets 404.
		jdbc.sql("select pg_advisory_xact_lock(hashtext('klynge.first-run'))").query((rs, n) -> 1).list();
		if (clusters.anyExists()) {
			throw new NotFoundException("setup", "done");
		}
		if (!code.matches(form.code())) {
			throw new RuleViolation("code", "setup.rule.wrongCode");
		}
		Cluster cluster = create(form.cluster(logoSvg), form.administrator(), true);
		code.spend();
		return cluster;
	}

	/**
	 * A further cluster of the installation, with its administrator (not an installation
	 * administrator).
	 */
	@Transactional
	public Cluster addCluster(SetupForm form, String logoSvg) {
		return create(form.cluster(logoSvg), form.administrator(), false);
	}

	/**
	 * The command line's setup: the same rules, without a code (whoever starts the jar is
	 * the installer).
	 */
	@Transactional
	Cluster setUpFromCommandLine(NewCluster cluster, AdministratorForm administrator) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('klynge.first-run'))").query((rs, n) -> 1).list();
		if (clusters.anyExists()) {
			throw new NotFoundException("setup", "done");
		}
		Cluster created = create(cluster, administrator, true);
		code.spend();
		return created;
	}

	private Cluster create(NewCluster cluster, AdministratorForm administrator, boolean installationAdministrator) {
		if (cluster.shortName() == null || !cluster.shortName().matches("[a-z0-9-]{1,40}")) {
			throw new RuleViolation("shortName", "setup.rule.shortName");
		}
		try {
			ZoneId.of(cluster.timeZone());
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new RuleViolation("timeZone", "setup.rule.timeZone", String.valueOf(cluster.timeZone()));
		}
		Cluster created = clusters.create(cluster);
		accounts.getObject().create(created.id(), administrator, installationAdministrator);
		return created;
	}

}
