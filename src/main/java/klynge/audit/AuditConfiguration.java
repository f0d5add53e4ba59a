package klynge.audit;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new AuditingTransactionManager(dataSource);
	}

}
