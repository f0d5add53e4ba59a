package klynge.archive;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds this module's bundle, i18n/archive, to the application's messages. Stop-gap until
 * {@code spring.messages.basename} in application.yaml lists i18n/archive (then this is a no-op:
 * the basenames are a set).
 */
@Component
class ArchiveMessages implements BeanPostProcessor {

	static final String BUNDLE = "i18n/archive";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractResourceBasedMessageSource messages && !messages.getBasenameSet().contains(BUNDLE)) {
			messages.addBasenames(BUNDLE);
		}
		return bean;
	}
}
