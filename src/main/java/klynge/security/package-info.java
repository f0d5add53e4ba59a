/**
 * Accounts, login, roles and the route rules. Other modules ask
 * {@link klynge.security.CurrentUser} who is logged in, declare their routes with
 * {@link klynge.security.RouteRules} and tell which body roles a person holds with
 * {@link klynge.security.BodyRoleSource}; every route not declared is denied.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "mail", "shared" })
package klynge.security;
