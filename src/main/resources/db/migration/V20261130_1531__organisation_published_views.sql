-- What the organisation module publishes to other modules' SQL (see gates.TableOwnershipTests):
-- a person by code and name, without contact details.
create view person_v as
select p.cluster_id, p.id as person_id, p.code, p.name
from person p;
