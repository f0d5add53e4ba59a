-- Which item an amendment changed: its reason follows that item's access.
alter table minutes_version add column item_id uuid;
update minutes_version v set item_id = d.item_id
from (select v2.id, min(e.item_id::text)::uuid as item_id, count(*) as changed
      from minutes_version v2
      join minutes_version p on p.cluster_id = v2.cluster_id and p.minutes_id = v2.minutes_id and p.number = v2.number - 1
      cross join lateral (select (x->>'itemId') as item_id, x from jsonb_array_elements(v2.content->'items') x) e
      where v2.kind = 'AMENDMENT'
        and not exists (select 1 from jsonb_array_elements(p.content->'items') y where y = e.x)
      group by v2.id) d
where d.id = v.id and d.changed = 1
  and exists (select 1 from agenda_item a where a.cluster_id = v.cluster_id and a.id = d.item_id);
alter table minutes_version add constraint minutes_version_item foreign key (cluster_id, item_id)
    references agenda_item (cluster_id, id) on delete set null (item_id);
