-- What the meeting module publishes to other modules' SQL: they read meetings and agenda items
-- through these views, never through meeting's tables (gates.TableOwnershipTests checks it), so
-- meeting can change its tables and stays the one place that knows how an item's access is stored.
-- An item's title and access are here so a module can carry them onto what it makes from the item
-- (a referral keeps its item's access); who may read them is decided by meeting (ItemDirectory, Viewer).

create view meeting_v as
select m.cluster_id, m.id as meeting_id, m.body_id, m.meeting_date, m.starts_at, m.status
from meeting m;

-- A sub-item carries its parent's case number.
create view meeting_item_v as
select i.cluster_id, i.id as item_id, i.meeting_id, i.body_id, m.meeting_date, m.starts_at, i.parent_id, i.position,
       coalesce(i.case_year, p.case_year) as case_year, coalesce(i.case_seq, p.case_seq) as case_seq,
       i.title, i.access, i.exemption_basis, i.public_title, i.exemption_ends
from agenda_item i
left join agenda_item p on p.cluster_id = i.cluster_id and p.id = i.parent_id
join meeting m on m.cluster_id = i.cluster_id and m.id = i.meeting_id;
