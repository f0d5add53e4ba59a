/**
 * Clusters (tenants): name, colours, logo, language and time zone, and which cluster the current
 * request belongs to. Every other module scopes its data with {@link klynge.cluster.CurrentCluster}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package klynge.cluster;
