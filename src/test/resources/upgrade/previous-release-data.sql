-- Representative data in the schema of the previous release (previous-release.properties):
-- two clusters, organisations with a partnership, people with affiliations, accounts, a body
-- with its name history and memberships (a deputy among them), a meeting with attendance, an
-- agenda with sub-items, minutes with per-item notes and a vedtak, follow-ups, a case with a
-- referral, and mails. UpgradeTests inserts it, migrates to the current schema and checks
-- that every row is still there. Fixed ids, so the test can read the rows back.
-- Written for the schema at that version: at each release, update it with the version.

insert into cluster (id, short_name, name, host_name, default_language, time_zone)
values ('0e000000-0000-4000-8000-000000000001', 'vest', 'Helseklynge Vest', 'klynge.vest.example', 'nb', 'Europe/Oslo'),
       ('0e000000-0000-4000-8000-000000000002', 'aust', 'Helseklynge Aust', null, 'nn', 'Europe/Oslo');

insert into organisation (id, cluster_id, name, short_name, type, parent_id, contact_name, contact_email)
values ('0e000000-0000-4000-8000-000000000101', '0e000000-0000-4000-8000-000000000001',
        'Universitetet i Vest', 'UiV', 'UNIVERSITY', null, 'Kari Kontakt', 'kari@uiv.example'),
       ('0e000000-0000-4000-8000-000000000102', '0e000000-0000-4000-8000-000000000001',
        'Vest sykehus', 'VS', 'HOSPITAL', null, null, null),
       ('0e000000-0000-4000-8000-000000000103', '0e000000-0000-4000-8000-000000000001',
        'Institutt for helse', null, 'UNIVERSITY', '0e000000-0000-4000-8000-000000000101', null, null),
       ('0e000000-0000-4000-8000-000000000104', '0e000000-0000-4000-8000-000000000002',
        'Aust kommune', null, 'MUNICIPALITY', null, null, null);

insert into partnership (cluster_id, organisation_id, valid_from, valid_to)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000101', '2021-01-01', null),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000102', '2021-01-01', '2024-12-31');

insert into person (id, cluster_id, name, code, email, phone, title)
values ('0e000000-0000-4000-8000-000000000201', '0e000000-0000-4000-8000-000000000001',
        'Åse Ødegård', 'ÅØ', 'ase@uiv.example', '+47 55 00 00 01', 'professor'),
       ('0e000000-0000-4000-8000-000000000202', '0e000000-0000-4000-8000-000000000001',
        'Per Pedersen', 'PP', 'per@vs.example', null, 'klinikksjef'),
       ('0e000000-0000-4000-8000-000000000203', '0e000000-0000-4000-8000-000000000001',
        'Dina Dahl', 'DD', null, null, null),
       ('0e000000-0000-4000-8000-000000000204', '0e000000-0000-4000-8000-000000000001',
        'Sofie Sekretær', 'SS', 'sofie@vest.example', null, 'rådgiver'),
       ('0e000000-0000-4000-8000-000000000205', '0e000000-0000-4000-8000-000000000002',
        'Nils Nordmann', 'NN', 'nils@aust.example', null, null);

insert into affiliation (cluster_id, person_id, organisation_id, valid_from, valid_to)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000201',
        '0e000000-0000-4000-8000-000000000103', '2020-08-01', null),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000202',
        '0e000000-0000-4000-8000-000000000102', '2019-01-01', null);

-- the same username in both clusters; password "demo"
insert into account (id, cluster_id, username, email, password_hash, person_id, administrator, secretariat,
                     preferred_language)
values ('0e000000-0000-4000-8000-000000000301', '0e000000-0000-4000-8000-000000000001', 'admin',
        'it@vest.example', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK', null, true, false, null),
       ('0e000000-0000-4000-8000-000000000302', '0e000000-0000-4000-8000-000000000001', 'sofie',
        'sofie@vest.example', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK',
        '0e000000-0000-4000-8000-000000000204', false, true, 'nn'),
       ('0e000000-0000-4000-8000-000000000303', '0e000000-0000-4000-8000-000000000002', 'nils',
        'nils@aust.example', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK',
        '0e000000-0000-4000-8000-000000000205', true, false, null);

insert into body (id, cluster_id, type, mandate, established_on, sort_order)
values ('0e000000-0000-4000-8000-000000000401', '0e000000-0000-4000-8000-000000000001',
        'PARTNER_MEETING', 'Klyngens øverste organ.', '2021-01-01', 1);

insert into body_name (cluster_id, body_id, name, valid_from)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000401', 'Styringsgruppa', '2021-01-01'),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000401', 'Partnarmøtet', '2023-01-01');

insert into meeting_settings (cluster_id, body_id, quorum_rule, case_prefix)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000401', 'MORE_THAN_HALF', null);

insert into membership (id, cluster_id, body_id, person_id, role, seat, organisation_id, deputy_for_id, valid_from,
                        valid_to, sort_order)
values ('0e000000-0000-4000-8000-000000000501', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000401', '0e000000-0000-4000-8000-000000000201', 'CHAIR', 'Universitetet',
        '0e000000-0000-4000-8000-000000000101', null, '2023-01-01', null, 1),
       ('0e000000-0000-4000-8000-000000000502', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000401', '0e000000-0000-4000-8000-000000000202', 'MEMBER', 'Sykehuset',
        '0e000000-0000-4000-8000-000000000102', null, '2023-01-01', '2025-12-31', 2),
       ('0e000000-0000-4000-8000-000000000503', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000401', '0e000000-0000-4000-8000-000000000203', 'DEPUTY', 'Sykehuset',
        null, '0e000000-0000-4000-8000-000000000502', '2023-01-01', null, 3),
       ('0e000000-0000-4000-8000-000000000504', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000401', '0e000000-0000-4000-8000-000000000204', 'SECRETARIAT', 'Sekretariat',
        null, null, '2023-01-01', null, 4);

insert into meeting (id, cluster_id, body_id, meeting_date, starts_at, ends_at, address, room, online_url, status,
                     chair_person_id, summoned_at)
values ('0e000000-0000-4000-8000-000000000601', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000401', '2024-03-14', '09:00', '11:30', 'Haukelandsveien 1', 'Møterom 3',
        'https://meet.example/abc', 'MINUTES_APPROVED', '0e000000-0000-4000-8000-000000000201',
        '2024-03-01 08:00:00+01'),
       ('0e000000-0000-4000-8000-000000000602', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000401', '2024-06-13', '09:00', '11:00', null, null, null, 'PLANNED',
        null, null);

insert into attendance (cluster_id, meeting_id, section, person_id, guest_name, seat, summoned, status,
                        deputy_person_id, sort_order)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000601', 'MEMBER',
        '0e000000-0000-4000-8000-000000000201', null, 'Universitetet', true, 'PRESENT', null, 1),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000601', 'MEMBER',
        '0e000000-0000-4000-8000-000000000202', null, 'Sykehuset', true, 'DEPUTY',
        '0e000000-0000-4000-8000-000000000203', 2),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000601', 'GUEST',
        null, 'Gjest Gjestesen', null, false, 'REMOTE', null, 3);

insert into agenda_item (id, cluster_id, meeting_id, body_id, parent_id, position, case_year, case_seq, type, title,
                         presenter_person_id, presenter_text, proposed_decision, planned_minutes, access,
                         exemption_basis, public_title)
values ('0e000000-0000-4000-8000-000000000701', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000601', '0e000000-0000-4000-8000-000000000401', null, 1, 2024, 1,
        'APPROVAL', 'Godkjenning av innkalling og saksliste', null, null, 'Innkalling og saksliste godkjennes.',
        5, 'PUBLIC', null, null),
       ('0e000000-0000-4000-8000-000000000702', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000601', '0e000000-0000-4000-8000-000000000401', null, 2, 2024, 2,
        'DECISION', 'Strategi for klyngen 2024–2027', '0e000000-0000-4000-8000-000000000201', null,
        'Strategien vedtas.', 45, 'PUBLIC', null, null),
       ('0e000000-0000-4000-8000-000000000703', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000601', '0e000000-0000-4000-8000-000000000401',
        '0e000000-0000-4000-8000-000000000702', 1, null, null, 'INFORMATION', 'Innspill fra brukerpanelet',
        null, 'Brukerpanelet', null, null, 'PUBLIC', null, null),
       ('0e000000-0000-4000-8000-000000000704', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000601', '0e000000-0000-4000-8000-000000000401', null, 3, 2024, 3,
        'DISCUSSION', 'Personalsak sekretariatet', null, null, null, 15, 'EXEMPT', 'Offl. § 25',
        'Personalsak');

insert into minutes (id, cluster_id, meeting_id, status, comment_deadline, approved_on,
                     approved_by_chair_person_id, approved_version)
values ('0e000000-0000-4000-8000-000000000801', '0e000000-0000-4000-8000-000000000001',
        '0e000000-0000-4000-8000-000000000601', 'APPROVED', '2024-03-21', '2024-03-25',
        '0e000000-0000-4000-8000-000000000201', 1);

insert into item_minutes (cluster_id, minutes_id, item_id, notes, feedback_heading, feedback, decision)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000801',
        '0e000000-0000-4000-8000-000000000701', null, null, null, 'Innkalling og saksliste ble godkjent.'),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000801',
        '0e000000-0000-4000-8000-000000000702', 'ÅØ la fram utkastet; tre innspill fra partnerne.',
        'Innspill', 'Ønske om tydeligere mål for innovasjon.', 'Strategien ble vedtatt med endringene fra møtet.');

insert into follow_up (cluster_id, item_id, owner_person_id, owner_body_id, description, due_on, status, done_on,
                       position)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000702',
        '0e000000-0000-4000-8000-000000000204', null, 'Sekretariatet publiserer strategien', '2024-04-01',
        'DONE', '2024-03-28', 1),
       ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000702',
        null, '0e000000-0000-4000-8000-000000000401', 'Måleindikatorer for strategien', '2024-06-13', 'OPEN',
        null, 2);

insert into case_file (id, cluster_id, title)
values ('0e000000-0000-4000-8000-000000000901', '0e000000-0000-4000-8000-000000000001', 'Klyngens strategi');

insert into case_item (cluster_id, case_id, item_id)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000901',
        '0e000000-0000-4000-8000-000000000702');

insert into referral (cluster_id, from_item_id, to_body_id, description, expected_meeting_id, status, case_id)
values ('0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000702',
        '0e000000-0000-4000-8000-000000000401', 'Måleindikatorer tilbake til partnermøtet',
        '0e000000-0000-4000-8000-000000000602', 'OPEN', '0e000000-0000-4000-8000-000000000901');

insert into mail_outbox (cluster_id, idempotency_key, recipient, subject, body, status, attempts, sent_at)
values ('0e000000-0000-4000-8000-000000000001', 'summons:0e000000-0000-4000-8000-000000000601:ase',
        'ase@uiv.example', 'Innkalling: Partnarmøtet 14.03.2024', 'Du er innkalt til møte.', 'SENT', 1,
        '2024-03-01 08:00:05+01'),
       ('0e000000-0000-4000-8000-000000000001', 'minutes:0e000000-0000-4000-8000-000000000801:per',
        'per@vs.example', 'Protokoll til godkjenning', 'Protokollen er klar for kommentarer.', 'QUEUED', 0, null);
