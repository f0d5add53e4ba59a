-- What the organisation module publishes to other modules' SQL (see gates.TableOwnershipTests) for
-- the funding review: organisations with their parent, and who is affiliated where and when (a
-- reviewer whose organisation applies is recused).
create view organisation_v as
select o.cluster_id, o.id as organisation_id, o.name, o.short_name, o.parent_id
from organisation o;

create view affiliation_v as
select a.cluster_id, a.person_id, a.organisation_id, a.valid_from, a.valid_to
from affiliation a;
