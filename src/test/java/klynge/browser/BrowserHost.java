package klynge.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The host name {@link BrowserExtension}'s browser reaches the application by, instead of
 * localhost (single sign-on tests reach it as 127.0.0.1 and their provider as localhost:
 * cookies ignore the port).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BrowserHost {

	String value();

}
