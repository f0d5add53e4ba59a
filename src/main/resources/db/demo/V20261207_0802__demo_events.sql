-- Demo (profile "demo"): Alrek's events from the seeds. Past events keep only their numbers: their participants
-- were anonymised (as the daily job does retention_days after the end), so the demo holds no made-up people for
-- them. Studentkonferansen 2027 is open for registration with a small capacity (six places, five taken), so the
-- next student gets the last place and the one after joins the waiting list.
create function pg_temp.event(id uuid, title text, slug text, summary text, place text, starts timestamptz,
                              ends timestamptz, capacity integer, opens timestamptz, closes timestamptz) returns uuid
    language sql as $$
    insert into event (id, cluster_id, title, slug, summary, place, starts_at, ends_at, capacity, registration_opens,
                       registration_closes, status, retention_days)
    values (id, 'a1ec0000-0000-4000-8000-000000000001', title, slug, summary, place, starts, ends, capacity, opens,
            closes, 'PUBLISHED', 90)
    returning id $$;

create function pg_temp.day(event uuid, d date, theme text) returns uuid language sql as $$
    insert into event_day (cluster_id, event_id, day, theme)
    values ('a1ec0000-0000-4000-8000-000000000001', event, d, theme) returning id $$;

create function pg_temp.session(day uuid, starts time, ends time, title text, room text, speakers text) returns uuid
    language sql as $$
    insert into event_session (cluster_id, day_id, starts_at, ends_at, title, room, speakers)
    values ('a1ec0000-0000-4000-8000-000000000001', day, starts, ends, title, room, speakers) returning id $$;

create function pg_temp.organiser(event uuid, name text, pos integer) returns void language sql as $$
    insert into event_organiser (cluster_id, event_id, name, position)
    values ('a1ec0000-0000-4000-8000-000000000001', event, name, pos) $$;

-- anonymised registrations of a past event: so many confirmed (the first checked_in of them checked in), so many
-- left waiting
create function pg_temp.past_numbers(event uuid, confirmed integer, checked_in integer, waiting integer,
                                     registered timestamptz, anonymised timestamptz) returns void
    language sql as $$
    insert into event_registration (cluster_id, event_id, status, waiting_position, registered_at, checked_in_at,
                                    anonymised_at)
    select 'a1ec0000-0000-4000-8000-000000000001'::uuid, event, 'CONFIRMED', null::integer, registered,
           case when n <= checked_in then registered + interval '1 month' end, anonymised
    from generate_series(1, confirmed) n
    union all
    select 'a1ec0000-0000-4000-8000-000000000001'::uuid, event, 'WAITING', n, registered, null::timestamptz,
           anonymised
    from generate_series(1, waiting) n $$;

do $$
declare
    e uuid;
    d uuid;
begin
    -- Alrekdagene 2021 (Arbeidsgruppen 03.06.2021, sak 20-21): 22.–24. september, with Polyfon, Idrettsklynge Vest
    -- and Forskningsdagene
    e := pg_temp.event('e7e00000-0000-4000-8000-000000002021', 'Alrekdagene 2021', 'alrekdagene-2021',
        'Tre dager med partnerdag, film og plenumssamtale, og formidlingsdag i Årstadveien 17 med plenumssesjoner '
        'for ansatte i klyngen. Vi avslutter med Researchers'' Night sammen med Forskningsdagene i Bergen.',
        'Årstadveien 17, Bergen', '2021-09-22 09:00+02', '2021-09-24 22:00+02', 200, '2021-06-15 09:00+02',
        '2021-09-20 12:00+02');
    perform pg_temp.organiser(e, 'Polyfon kunnskapsklynge for musikkterapi', 1);
    perform pg_temp.organiser(e, 'Idrettsklynge Vest', 2);
    perform pg_temp.organiser(e, 'Forskningsdagene i Bergen', 3);
    d := pg_temp.day(e, '2021-09-22', 'Partnerdag');
    perform pg_temp.session(d, '09:00', '09:30', 'Velkommen til Alrekdagene', 'Auditoriet', 'Klyngefasilitator');
    perform pg_temp.session(d, '09:30', '12:00', 'Partnerne presenterer samarbeidsprosjekter', 'Auditoriet', null);
    perform pg_temp.session(d, '13:00', '15:00', 'Musikkterapi i kommunene', 'Møterom Tarlebø 2F15',
        'Polyfon kunnskapsklynge for musikkterapi');
    d := pg_temp.day(e, '2021-09-23', 'Film og plenumssamtale');
    perform pg_temp.session(d, '12:00', '14:00', 'Filmvisning', 'Auditoriet', null);
    perform pg_temp.session(d, '14:15', '15:30', 'Plenumssamtale', 'Auditoriet', 'Idrettsklynge Vest og partnerne');
    d := pg_temp.day(e, '2021-09-24', 'Formidlingsdag i Årstadveien 17');
    perform pg_temp.session(d, '09:00', '15:00', 'Plenumssesjoner for ansatte i klyngen', 'Auditoriet', null);
    perform pg_temp.session(d, '18:00', '22:00', 'Researchers'' Night: overgangsalder', 'Årstadveien 17',
        'Forskningsdagene i Bergen');
    perform pg_temp.past_numbers(e, 174, 151, 0, '2021-08-20 10:00+02', '2021-12-24 03:30+01');

    -- Digital helse-dager 2023 (Partnermøtet 27.03.2023): the second time, 24.–25. mai, with a session on AI
    e := pg_temp.event('e7e00000-0000-4000-8000-000000000523', 'Digital helse-dager 2023', 'digital-helse-dager-2023',
        'Digital helse-dager arrangeres for andre gang: to dager om digitalisering i helse- og omsorgstjenestene, '
        'med en egen bolk om kunstig intelligens.', 'Årstadveien 17, Bergen', '2023-05-24 09:00+02',
        '2023-05-25 15:30+02', 120, '2023-03-01 09:00+01', '2023-05-17 12:00+02');
    d := pg_temp.day(e, '2023-05-24', 'Digitalisering i tjenestene');
    perform pg_temp.session(d, '09:00', '12:00', 'Velferdsteknologi i kommunene', 'Auditoriet', null);
    perform pg_temp.session(d, '13:00', '15:30', 'Kunstig intelligens i helsetjenesten', 'Auditoriet', null);
    d := pg_temp.day(e, '2023-05-25', 'Data og deling');
    perform pg_temp.session(d, '09:00', '15:30', 'Verksteder', 'Møterom Tarlebø 2F15', null);
    perform pg_temp.past_numbers(e, 120, 104, 6, '2023-04-15 10:00+02', '2023-08-24 03:30+02');

    -- Studentkonferansen 2023 (Partnermøtet 27.03.2023): 7. juni
    e := pg_temp.event('e7e00000-0000-4000-8000-000000000607', 'Studentkonferansen 2023', 'studentkonferansen-2023',
        'Et møtepunkt for studenter fra ulike utdanningsløp, undervisere, forskere og praksisarenaene i '
        'primærhelsetjenesten.', 'Årstadveien 17, Bergen', '2023-06-07 09:00+02', '2023-06-07 15:30+02', 80,
        '2023-04-01 09:00+02', '2023-06-01 12:00+02');
    perform pg_temp.day(e, '2023-06-07', 'Studentene presenterer');
    perform pg_temp.past_numbers(e, 64, 58, 0, '2023-05-10 10:00+02', '2023-09-06 03:30+02');

    -- Alrekdagene 2023 (Partnermøtet 27.03.2023): 20.–22. september, the panel on priorities proposed there
    e := pg_temp.event('e7e00000-0000-4000-8000-000000002023', 'Alrekdagene 2023', 'alrekdagene-2023',
        'Alrekdagene med arbeidslivstorg og panelsamtale om prioriteringer.', 'Årstadveien 17, Bergen',
        '2023-09-20 09:00+02', '2023-09-22 15:00+02', 200, '2023-06-15 09:00+02', '2023-09-18 12:00+02');
    perform pg_temp.organiser(e, 'Polyfon kunnskapsklynge for musikkterapi', 1);
    perform pg_temp.organiser(e, 'Idrettsklynge Vest', 2);
    d := pg_temp.day(e, '2023-09-20', 'Arbeidslivstorg');
    perform pg_temp.session(d, '10:00', '14:00', 'Arbeidslivstorg for studenter', 'Vestibylen', null);
    d := pg_temp.day(e, '2023-09-21', 'Prioriteringer');
    perform pg_temp.session(d, '13:00', '15:00', 'Panelsamtale: Kan Alrek gå foran i prioriteringsdebatten?',
        'Auditoriet', 'Partnerne i Alrek helseklynge');
    perform pg_temp.day(e, '2023-09-22', 'Formidlingsdag');
    perform pg_temp.past_numbers(e, 188, 160, 3, '2023-08-25 10:00+02', '2023-12-21 03:30+01');

    -- Studentkonferansen 2027: open for registration, a custom question "Studieprogram"
    e := pg_temp.event('e7e00000-0000-4000-8000-000000002027', 'Studentkonferansen 2027', 'studentkonferansen-2027',
        'Studenter fra ulike utdanningsløp presenterer prosjekter og oppgaver for hverandre, for undervisere, '
        'forskere og praksisarenaene i primærhelsetjenesten. Få plasser: meld deg på tidlig.',
        'Årstadveien 17, Bergen', '2027-06-09 09:00+02', '2027-06-09 15:30+02', 6, '2026-11-01 09:00+01',
        '2027-06-01 12:00+02');
    d := pg_temp.day(e, '2027-06-09', 'Studentene presenterer');
    perform pg_temp.session(d, '09:00', '09:15', 'Velkommen', 'Auditoriet', 'Klyngefasilitator');
    perform pg_temp.session(d, '09:15', '12:00', 'Presentasjoner: sykepleie, vernepleie og ergoterapi', 'Auditoriet',
        'Studenter fra HVL og VID');
    perform pg_temp.session(d, '13:00', '15:00', 'Posterutstilling og samtale', 'Vestibylen', null);
    perform pg_temp.session(d, '15:00', '15:30', 'Hva er arbeidsliv? Avslutning', 'Auditoriet', 'Praksisarenaene');
    insert into event_question (id, cluster_id, event_id, position, text, kind, choices, required)
    values ('e7e90000-0000-4000-8000-000000002027', 'a1ec0000-0000-4000-8000-000000000001', e, 1, 'Studieprogram',
            'TEXT', null, true),
           ('e7e90000-0000-4000-8000-000000002028', 'a1ec0000-0000-4000-8000-000000000001', e, 2,
            'Presenterer du på konferansen?', 'CHOICE', E'Ja, muntlig\nJa, poster\nNei', false);
    insert into event_registration (id, cluster_id, event_id, name, email, organisation, status, registered_at)
    values ('e7e80000-0000-4000-8000-000000000001', 'a1ec0000-0000-4000-8000-000000000001', e, 'Ingrid Solheim',
            'ingrid.solheim@student.example.org', 'Høgskulen på Vestlandet', 'CONFIRMED', '2026-11-02 10:15+01'),
           ('e7e80000-0000-4000-8000-000000000002', 'a1ec0000-0000-4000-8000-000000000001', e, 'Jonas Haugland',
            'jonas.haugland@student.example.org', 'Universitetet i Bergen', 'CONFIRMED', '2026-11-03 12:40+01'),
           ('e7e80000-0000-4000-8000-000000000003', 'a1ec0000-0000-4000-8000-000000000001', e, 'Sara Bakke',
            'sara.bakke@student.example.org', 'VID vitenskapelige høgskole', 'CONFIRMED', '2026-11-05 08:05+01'),
           ('e7e80000-0000-4000-8000-000000000004', 'a1ec0000-0000-4000-8000-000000000001', e, 'Amir Rahimi',
            'amir.rahimi@student.example.org', 'Høgskulen på Vestlandet', 'CONFIRMED', '2026-11-10 19:30+01'),
           ('e7e80000-0000-4000-8000-000000000005', 'a1ec0000-0000-4000-8000-000000000001', e, 'Marte Lien',
            'marte.lien@student.example.org', 'Universitetet i Bergen', 'CONFIRMED', '2026-11-20 14:00+01');
    insert into event_answer (cluster_id, registration_id, question_id, answer)
    values ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000001',
            'e7e90000-0000-4000-8000-000000002027', 'Bachelor i sykepleie'),
           ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000001',
            'e7e90000-0000-4000-8000-000000002028', 'Ja, poster'),
           ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000002',
            'e7e90000-0000-4000-8000-000000002027', 'Master i helsevitenskap'),
           ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000003',
            'e7e90000-0000-4000-8000-000000002027', 'Bachelor i vernepleie'),
           ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000003',
            'e7e90000-0000-4000-8000-000000002028', 'Ja, muntlig'),
           ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000004',
            'e7e90000-0000-4000-8000-000000002027', 'Bachelor i ergoterapi'),
           ('a1ec0000-0000-4000-8000-000000000001', 'e7e80000-0000-4000-8000-000000000005',
            'e7e90000-0000-4000-8000-000000002027', 'Bachelor i sykepleie');
end $$;
