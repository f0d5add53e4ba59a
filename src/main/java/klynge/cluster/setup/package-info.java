/**
 * First-run setup and later clusters of an installation. Until the first cluster exists
 * every page leads to {@code /setup}, which asks for the one-time setup code printed in
 * the log at start (or given as {@code KLYNGE_SETUP_CODE}) and creates the cluster and
 * its first administrator. The same can be given on the command line
 * ({@code --klynge.setup.cluster=…}). Afterwards an installation administrator creates
 * further clusters at {@code /installation/clusters}. Accounts are made by the security
 * module through the {@link klynge.cluster.setup.AdministratorAccounts} port, so the
 * dependency still points from security to cluster.
 */
package klynge.cluster.setup;
