-- The security module publishes an account's preferred language too (issue 15, requirement 8:
-- the award letters are written in the applicant's language).
create or replace view account_v as
select a.cluster_id, a.id as account_id, a.username, a.email, a.person_id, a.reviewer, a.applicant, a.enabled,
       a.preferred_language
from account a;
