-- What the security module publishes to other modules' SQL (see gates.TableOwnershipTests) for
-- the funding review: an account's person, e-mail and reviewer flag, without secrets. The review
-- checks a reviewer's conflicts of interest by their person and address.
create view account_v as
select a.cluster_id, a.id as account_id, a.username, a.email, a.person_id, a.reviewer, a.applicant, a.enabled
from account a;
