/**
 * Clusters (tenants): name, colours, logo, language and time zone, and which cluster the
 * current request belongs to. Every other module scopes its data with
 * {@link klynge.cluster.CurrentCluster}; work outside a request names its cluster with
 * {@link klynge.cluster.ClusterScope}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package klynge.cluster;
