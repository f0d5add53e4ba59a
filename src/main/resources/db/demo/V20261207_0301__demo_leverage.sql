-- Demo leverage (issue 15, requirement 9): a few follow-on applications of the 2023 projects
-- (V20261207_0001), invented and marked "(eksempel)": two granted (Forskningsrådet kr 12 000 000 for
-- soker's project 01, Helse Vest kr 2 400 000 for project 03), one applied for at the EU (project 09)
-- and one rejected (project 05). Alrek shows the public summary (/virkning/offentlig).
insert into follow_on_funding (id, cluster_id, award_id, funder, title, reference, amount, status, applied_year,
                               granted_year, note, recorded_by, recorded_at)
values ('f0110000-0000-4000-8000-000000000001', 'a1ec0000-0000-4000-8000-000000000001',
        'aa230000-0000-4000-8000-000000000001', 'Forskningsrådet',
        'Trygg hjemkomst: digital oppfølging i kommunene (eksempel)', '2024-001 (eksempel)', 12000000, 'GRANTED',
        2024, 2024, 'Eksempel: forskerprosjekt for samfunnsutfordringer, fire år.', 'sekretariat',
        timestamptz '2024-12-10 10:00 Europe/Oslo'),
       ('f0110000-0000-4000-8000-000000000002', 'a1ec0000-0000-4000-8000-000000000001',
        'aa230000-0000-4000-8000-000000000003', 'Helse Vest',
        'Legemiddelgjennomgang i hele regionen (eksempel)', null, 2400000, 'GRANTED', 2023, 2024,
        'Eksempel: regionale forskingsmidlar.', 'sekretariat', timestamptz '2024-02-15 10:00 Europe/Oslo'),
       ('f0110000-0000-4000-8000-000000000003', 'a1ec0000-0000-4000-8000-000000000001',
        'aa230000-0000-4000-8000-000000000009', 'EU (Horisont Europa)',
        'KI-støttet triage i europeiske legevakter (eksempel)', null, 18000000, 'APPLIED', 2025, null,
        'Eksempel: søknad til Horisont Europa, svar ventes.', 'sekretariat', timestamptz '2025-04-20 10:00 Europe/Oslo'),
       ('f0110000-0000-4000-8000-000000000004', 'a1ec0000-0000-4000-8000-000000000001',
        'aa230000-0000-4000-8000-000000000005', 'Regionale forskningsfond',
        'Brukermedvirkning i rehabilitering, hovedprosjekt (eksempel)', null, 1500000, 'REJECTED', 2024, null,
        'Eksempel: avslått, kan søkes på nytt.', 'sekretariat', timestamptz '2024-06-01 10:00 Europe/Oslo');

insert into leverage_setting (cluster_id, public_summary) values ('a1ec0000-0000-4000-8000-000000000001', true);
