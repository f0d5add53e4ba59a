-- Demo follow-ups, referrals, backlog and cases (profile "demo"), from the two seed minutes.
-- Ids of meetings and items are md5('meeting:<key>') and md5('item:<key>'), as in the meetings demo.

-- Partnermøtet 27.03.2023, sak 04-23: "GG følger opp saken."
insert into follow_up (cluster_id, item_id, owner_person_id, description, status, position)
values ('a1ec0000-0000-4000-8000-000000000001', md5('item:pm-2023-03-27/04')::uuid,
        (select id from person where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and code = 'GG'),
        'følger opp saken', 'OPEN', 1);

-- Sak 02-23: Partnermøtet asks Styringsgruppen to continue the discussion; the proposal comes back
-- to the next Partnermøte (October 2023).
insert into referral (id, cluster_id, from_item_id, to_body_id, description, expected_return, expected_meeting_id)
values (md5('referral:pm-2023-03-27/02')::uuid, 'a1ec0000-0000-4000-8000-000000000001', md5('item:pm-2023-03-27/02')::uuid,
        (select body_id from body_name where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and name = 'Styringsgruppen'
         order by valid_from desc limit 1),
        'Styringsgruppen bes drøfte og finne ut hva Alrek skal gå videre med, på tvers av forskning, utdanning og formidling. Forslag fra Styringsgruppen legges frem på neste Partnermøte (oktober 2023).',
        'neste Partnermøte (oktober 2023)', md5('meeting:pm-2023-10')::uuid);

insert into backlog_entry (cluster_id, body_id, source, title, description, referral_id, proposed_at, for_meeting_id)
values ('a1ec0000-0000-4000-8000-000000000001',
        (select body_id from body_name where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and name = 'Styringsgruppen'
         order by valid_from desc limit 1),
        'REFERRAL', 'Orienteringer om faglig aktivitet og utvikling av klyngen',
        'Styringsgruppen bes drøfte og finne ut hva Alrek skal gå videre med, på tvers av forskning, utdanning og formidling. Forslag fra Styringsgruppen legges frem på neste Partnermøte (oktober 2023).',
        md5('referral:pm-2023-03-27/02')::uuid, '2023-03-27 16:00+02', null),
       ('a1ec0000-0000-4000-8000-000000000001', (select body_id from meeting where id = md5('meeting:pm-2023-10')::uuid),
        'REFERRAL', 'Forslag fra Styringsgruppen: hva Alrek skal gå videre med, på tvers av forskning, utdanning og formidling',
        'Oppfølging av sak 02-23 og sak 05-23 (helsepersonellkommisjonen). Forslag fra Styringsgruppen legges frem på neste Partnermøte (oktober 2023).',
        md5('referral:pm-2023-03-27/02')::uuid, '2023-03-27 16:00+02', md5('meeting:pm-2023-10')::uuid);

-- Cases across bodies and years.
insert into case_file (id, cluster_id, title, created_at)
values (md5('case:arsmelding-2022')::uuid, 'a1ec0000-0000-4000-8000-000000000001', 'Årsmelding 2022', '2023-03-20 15:00+01'),
       (md5('case:helsepersonellkommisjonen')::uuid, 'a1ec0000-0000-4000-8000-000000000001', 'Helsepersonellkommisjonen og Alreks rolle', '2023-03-27 16:00+02'),
       (md5('case:budsjett-2022')::uuid, 'a1ec0000-0000-4000-8000-000000000001', 'Budsjett for fellesmidler 2022', '2021-04-29 15:30+02');

insert into case_item (cluster_id, case_id, item_id)
values ('a1ec0000-0000-4000-8000-000000000001', md5('case:arsmelding-2022')::uuid, md5('item:sg-2023-03-20/09')::uuid),
       ('a1ec0000-0000-4000-8000-000000000001', md5('case:arsmelding-2022')::uuid, md5('item:pm-2023-03-27/03')::uuid),
       ('a1ec0000-0000-4000-8000-000000000001', md5('case:helsepersonellkommisjonen')::uuid, md5('item:pm-2023-03-27/02')::uuid),
       ('a1ec0000-0000-4000-8000-000000000001', md5('case:helsepersonellkommisjonen')::uuid, md5('item:pm-2023-03-27/05a')::uuid),
       ('a1ec0000-0000-4000-8000-000000000001', md5('case:budsjett-2022')::uuid, md5('item:ag-2021-04/16')::uuid),
       ('a1ec0000-0000-4000-8000-000000000001', md5('case:budsjett-2022')::uuid, md5('item:ag-2021-06-03/22')::uuid);

update referral set case_id = md5('case:helsepersonellkommisjonen')::uuid where id = md5('referral:pm-2023-03-27/02')::uuid;
