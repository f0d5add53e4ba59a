package klynge.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import klynge.cluster.ClusterScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells the database who is writing: each transaction starts by setting
 * {@code klynge.actor}, which the audit trigger stores with every row it logs. Writes
 * outside a request are "system".
 */
class AuditingTransactionManager extends JdbcTransactionManager {

	AuditingTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		try (PreparedStatement statement = connection.prepareStatement("select set_config('klynge.actor', ?, true)")) {
			statement.setString(1, currentActor());
			statement.execute();
		}
	}

	static String currentActor() {
		var work = ClusterScope.current();
		if (work.isPresent()) {
			return work.get().actor();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return "system";
		}
		return authentication.getName();
	}

}
