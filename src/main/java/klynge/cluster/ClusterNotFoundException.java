package klynge.cluster;

/** No cluster with that id or short name. */
public class ClusterNotFoundException extends RuntimeException {

	public ClusterNotFoundException(String key) {
		super("Unknown cluster: " + key);
	}

}
