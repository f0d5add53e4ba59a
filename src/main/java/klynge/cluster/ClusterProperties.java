package klynge.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The cluster shown to anonymous visitors when the host name does not name one. */
@ConfigurationProperties("klynge.cluster")
public record ClusterProperties(@DefaultValue("alrek") String defaultShortName) {
}
