-- Demo (profile "demo"): Alrek's collaboration partners from the seeds. Arbeidsgruppen 03.06.2021, sak 25-21:
-- "Forslag om å formalisere og utvikle samarbeidsrelasjoner med Idrettsklynge Vest, Polyfon kunnskapsklynge for
-- musikkterapi og Kunnskapskommunen Helse Omsorg Vest" — formalised that day; Polyfon and Idrettsklynge Vest
-- co-organised Alrekdagene 2021 and 2023. Partnermøtet 27.03.2023, sak 02-23 (orienteringer fra Styringsgruppen):
-- "det er dialog med NKS Olaviken alderspsykiatriske sykehus og Verdighetssenteret" — in dialog since, so not on the
-- public page. The seeds give no web sites or contact people; the one contact below is a placeholder (example.org).
insert into collaboration_partner (id, cluster_id, name, kind, description, status, status_since, contact_name,
                                   contact_email, contact_phone)
values ('c0ab0000-0000-4000-8000-000000000001', 'a1ec0000-0000-4000-8000-000000000001', 'Idrettsklynge Vest',
        'CLUSTER', 'Klynge for idrett, fysisk aktivitet og helse. Samarbeidet ble formalisert i Arbeidsgruppen '
        '03.06.2021, og klyngen er medarrangør av Alrekdagene.', 'FORMALISED', '2021-06-03', 'Ola Nordmann',
        'ola.nordmann@idrettsklynge.example.org', '+47 55 00 00 00'),
       ('c0ab0000-0000-4000-8000-000000000002', 'a1ec0000-0000-4000-8000-000000000001',
        'Polyfon kunnskapsklynge for musikkterapi', 'CLUSTER',
        'Kunnskapsklynge for musikkterapi. Samarbeidet ble formalisert i Arbeidsgruppen 03.06.2021, og Polyfon er '
        'medarrangør av Alrekdagene.', 'FORMALISED', '2021-06-03', null, null, null),
       ('c0ab0000-0000-4000-8000-000000000003', 'a1ec0000-0000-4000-8000-000000000001',
        'Kunnskapskommunen Helse Omsorg Vest', 'NETWORK',
        'Nettverk for kunnskap i de kommunale helse- og omsorgstjenestene. Samarbeidet ble formalisert i '
        'Arbeidsgruppen 03.06.2021.', 'FORMALISED', '2021-06-03', null, null, null),
       ('c0ab0000-0000-4000-8000-000000000004', 'a1ec0000-0000-4000-8000-000000000001',
        'NKS Olaviken alderspsykiatriske sykehus', 'HOSPITAL', 'Alderspsykiatrisk sykehus. I dialog om samarbeid.',
        'DIALOG', '2023-03-27', null, null, null),
       ('c0ab0000-0000-4000-8000-000000000005', 'a1ec0000-0000-4000-8000-000000000001', 'Verdighetssenteret',
        'CENTRE', 'Senter for verdig eldreomsorg. I dialog om samarbeid.', 'DIALOG', '2023-03-27', null, null, null);

insert into collaboration_status_change (cluster_id, partner_id, status, changed_on, comment, changed_by, created_at)
select 'a1ec0000-0000-4000-8000-000000000001', p.id, p.status, p.status_since,
       case when p.status = 'FORMALISED' then 'Arbeidsgruppen 03.06.2021, sak 25-21'
            else 'Orientert om i Partnermøtet 27.03.2023, sak 02-23' end,
       'sekretariat', p.status_since::timestamptz
from collaboration_partner p
where p.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and p.id::text like 'c0ab0000-%';

insert into collaboration_decision (cluster_id, partner_id, item_id)
select 'a1ec0000-0000-4000-8000-000000000001', p.id,
       md5('item:' || case when p.status = 'FORMALISED' then 'ag-2021-06-03/25' else 'pm-2023-03-27/02b' end)::uuid
from collaboration_partner p
where p.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and p.id::text like 'c0ab0000-%';

insert into collaboration_event (cluster_id, partner_id, event_id)
values ('a1ec0000-0000-4000-8000-000000000001', 'c0ab0000-0000-4000-8000-000000000001',
        'e7e00000-0000-4000-8000-000000002021'),
       ('a1ec0000-0000-4000-8000-000000000001', 'c0ab0000-0000-4000-8000-000000000001',
        'e7e00000-0000-4000-8000-000000002023'),
       ('a1ec0000-0000-4000-8000-000000000001', 'c0ab0000-0000-4000-8000-000000000002',
        'e7e00000-0000-4000-8000-000000002021'),
       ('a1ec0000-0000-4000-8000-000000000001', 'c0ab0000-0000-4000-8000-000000000002',
        'e7e00000-0000-4000-8000-000000002023');
