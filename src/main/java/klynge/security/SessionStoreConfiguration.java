package klynge.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, see docs/operations.md, "Production
 * layout") run their reads and writes in transactions of their own, outside the audit's
 * transaction manager: that one asks who is logged in to stamp each transaction, and the
 * answer is what the session read is loading (each read would start another until the
 * pool ran dry).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** Spring Session takes the bean of this name (its @Qualifier). */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		TransactionTemplate template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// not a TransactionTemplate bean: the application's own stays the only one
		return template::execute;
	}

	/**
	 * The application's TransactionTemplate (on the auditing transaction manager), which
	 * Boot would leave out now that a TransactionOperations bean exists.
	 */
	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

}
