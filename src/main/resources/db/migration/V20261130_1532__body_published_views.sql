-- What the body module publishes to other modules' SQL (see gates.TableOwnershipTests):
-- who holds which seat on a body, and when.
create view membership_v as
select ms.cluster_id, ms.body_id, ms.person_id, ms.role, ms.valid_from, ms.valid_to
from membership ms;
