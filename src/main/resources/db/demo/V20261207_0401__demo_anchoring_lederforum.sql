-- Demo (profile "demo"): the anchoring case of the 2022 budget asked nine partners, but ten paid
-- (V20261205_0101): Lederforum Årstadveien 17 was missing. Its request was sent with the others and
-- has not been answered. Lederforum has no seat of its own in Partnermøtet, so the secretariat chose
-- its member of the Arbeidsgruppe, Priyanthi Borgen Gjerde, as its representative.
insert into anchoring_request (cluster_id, case_id, organisation_id, representative_person_id,
                               representative_chosen, sent_at)
select c.cluster_id, c.id, o.id, p.id, true, timestamptz '2021-06-07 09:00+02'
from anchoring_case c
join organisation o on o.cluster_id = c.cluster_id and o.short_name = 'Å17'
left join person p on p.cluster_id = c.cluster_id and p.code = 'PBG'
where c.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and c.id = 'a4c40000-0000-4000-8000-000000002022'
on conflict do nothing;
