/**
 * Strategy: a strategy period (from–to year) with ordered focus areas and goals, the UN
 * sustainable development goals each goal serves, a traffic light per goal kept as a
 * dated history with comments (the current light is the newest; nothing is overwritten),
 * and inputs to the strategy linked to the meeting item where they were given (read
 * through meeting's published view {@code meeting_item_v}). An adopted strategy is public
 * on {@code /strategi}; drafts are for staff. {@link klynge.strategy.StrategyYear} gives
 * the annual report its chapter.
 * <p>
 * Person data (GDPR): an assessment keeps the assessor's name ({@code assessed_by}),
 * because a traffic light is only worth as much as who judged it; an input keeps who gave
 * it ({@code given_by}, a body, partner or person as the minutes name them) and their
 * organisation, so the secretariat can answer and the strategy show where it came from.
 * No contact data is stored.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "security", "shared", "body" })
package klynge.strategy;
