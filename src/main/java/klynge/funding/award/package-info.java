/**
 * The awards to the public: per year ("Tildeling av samarbeidsmidler 2023") the decided
 * calls' awarded projects by fund, with their organisations, amount and summary. Only
 * calls in DECIDED status, only the current cluster's, and no person's name, score or
 * reviewer's comment: organisations stand for the projects.
 */
package klynge.funding.award;
