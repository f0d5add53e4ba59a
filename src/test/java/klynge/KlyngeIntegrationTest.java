package klynge;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a fresh embedded PostgreSQL with the demo data, driven through
 * MockMvc. Every test class using exactly this annotation shares one Spring context (and
 * one database), so keep tests independent of each other's writes: create what you
 * change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface KlyngeIntegrationTest {

}
