-- The demo's decided calls count as having had their letters sent (in 2023), so no demo user
-- mails the invented applicants by pressing "Send tildelingsbrev og avslag".
insert into funding_award_letters (cluster_id, call_id, sent_at, sent_by, awards, rejections)
select c.cluster_id, c.id, coalesce(c.decided_at, timestamptz '2023-01-20 12:00 Europe/Oslo'), 'sekretariat',
       (select count(*) from funding_award a where a.cluster_id = c.cluster_id and a.call_id = c.id),
       (select count(*) from application p where p.cluster_id = c.cluster_id and p.call_id = c.id
            and p.status = 'SUBMITTED'
            and not exists (select 1 from funding_award a where a.application_id = p.id))
from funding_call c
where c.id in ('ca110000-0000-4000-8000-000000002023', 'ca110000-0000-4000-8000-0000000000eb')
on conflict (cluster_id, call_id) do nothing;
