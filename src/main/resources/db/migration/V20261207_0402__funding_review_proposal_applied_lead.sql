-- The proposal's table names the lead organisation and the amount applied for next to the proposed
-- amount. Both are part of the snapshot (a summons already sent keeps what it said); proposals made
-- before get them from the application as it is now.
alter table review_proposal_line
    add column lead_organisation varchar(300),
    add column applied           numeric(14, 2) check (applied >= 0);

update review_proposal_line l
set applied = (select coalesce(sum(b.amount), 0) from application_budget_line b
               where b.cluster_id = l.cluster_id and b.application_id = l.application_id),
    lead_organisation = (select o.name from application_organisation ao
                         join organisation_v o on o.cluster_id = ao.cluster_id and o.organisation_id = ao.organisation_id
                         where ao.cluster_id = l.cluster_id and ao.application_id = l.application_id
                           and ao.role = 'LEAD');
