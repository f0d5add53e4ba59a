-- Demo data (profile "demo" only) for the user panel: the Brukerpanelet body (from the demo clusters
-- migration) gets its members for the periods 2020–2022 and 2023–2025, the 2023 period is constituted
-- at the panel's first meeting on 29 March 2023 (seed 000: "Nytt Brukerpanel for perioden 2023 – 2025;
-- panelet har sitt første møte og konstitueres 29. mars"), and the assignment to Pasientens
-- legemiddelliste at the directorate's request (seed 001, Arbeidsgruppen 03.06.2021, sak 20-21).
-- The user organisations and the people are invented; their addresses are example.org.

create function pg_temp.up_alrek() returns uuid language sql as $$ select 'a1ec0000-0000-4000-8000-000000000001'::uuid $$;
create function pg_temp.up_panel() returns uuid language sql as $$
    select body_id from body_name where cluster_id = pg_temp.up_alrek() and name = 'Brukerpanelet' limit 1 $$;
create function pg_temp.up_org(org_name text) returns uuid language sql as $$
    select id from organisation where cluster_id = pg_temp.up_alrek() and name = org_name $$;
create function pg_temp.up_person(person_code text) returns uuid language sql as $$
    select id from person where cluster_id = pg_temp.up_alrek() and code = person_code $$;

create function pg_temp.up_user_org(org_name text, short text) returns void language sql as $$
    insert into organisation (cluster_id, name, short_name, type) values (pg_temp.up_alrek(), org_name, short, 'USER_ORGANISATION') $$;

create function pg_temp.up_representative(person_code text, person_name text, org_name text, phone text)
    returns void language plpgsql as $$
declare
    new_id uuid;
begin
    insert into person (cluster_id, code, name, email, phone)
    values (pg_temp.up_alrek(), person_code, person_name,
            lower(translate(person_code, 'ÆØÅ', 'AOA')) || '@brukerpanel.example.org', phone)
    returning id into new_id;
    insert into affiliation (cluster_id, person_id, organisation_id, valid_from)
    values (pg_temp.up_alrek(), new_id, pg_temp.up_org(org_name), '2019-01-01');
end $$;

create function pg_temp.up_seat(person_code text, seat_role text, org_name text, since date, until date, ord integer)
    returns void language sql as $$
    insert into membership (cluster_id, body_id, person_id, role, seat, organisation_id, valid_from, valid_to, sort_order)
    values (pg_temp.up_alrek(), pg_temp.up_panel(), pg_temp.up_person(person_code), seat_role, org_name, pg_temp.up_org(org_name),
            since, until, ord) $$;

select pg_temp.up_user_org('FFO Vestland', 'FFO');
select pg_temp.up_user_org('Kreftforeningen', 'Kreftforeningen');
select pg_temp.up_user_org('Mental Helse Hordaland', 'Mental Helse');
select pg_temp.up_user_org('LHL Bergen', 'LHL');
select pg_temp.up_user_org('Eldrerådet i Bergen kommune', 'Eldrerådet');
select pg_temp.up_user_org('Norges Blindeforbund Vestland', 'NBF');
select pg_temp.up_user_org('Diabetesforbundet Vestland', 'Diabetesforbundet');
select pg_temp.up_user_org('LPP Bergen', 'LPP');

select pg_temp.up_representative('SDAL', 'Solveig Dale', 'FFO Vestland', '+47 900 11 001');
select pg_temp.up_representative('AMYK', 'Arne Myklebust', 'Kreftforeningen', '+47 900 11 002');
select pg_temp.up_representative('HBRE', 'Hilde Brekke', 'Mental Helse Hordaland', '+47 900 11 003');
select pg_temp.up_representative('KTVE', 'Kjell Tveit', 'LHL Bergen', '+47 900 11 004');
select pg_temp.up_representative('RSÆT', 'Ragnhild Sæther', 'Eldrerådet i Bergen kommune', '+47 900 11 005');
select pg_temp.up_representative('OHAU', 'Ola Haugland', 'Norges Blindeforbund Vestland', '+47 900 11 006');
select pg_temp.up_representative('IVIK', 'Ingrid Vik', 'Diabetesforbundet Vestland', '+47 900 11 007');
select pg_temp.up_representative('MLUN', 'Marit Lunde', 'LPP Bergen', '+47 900 11 008');
select pg_temp.up_representative('TAAS', 'Torunn Aase', 'FFO Vestland', '+47 900 11 009');
select pg_temp.up_representative('POHE', 'Per Ove Helle', 'Kreftforeningen', '+47 900 11 010');
select pg_temp.up_representative('GRØD', 'Gunnar Rød', 'Diabetesforbundet Vestland', '+47 900 11 011');

-- 2020–2022
select pg_temp.up_seat('HBRE', 'CHAIR', 'Mental Helse Hordaland', '2020-01-01', '2022-12-31', 1);
select pg_temp.up_seat('TAAS', 'MEMBER', 'FFO Vestland', '2020-01-01', '2022-12-31', 2);
select pg_temp.up_seat('POHE', 'MEMBER', 'Kreftforeningen', '2020-01-01', '2022-12-31', 3);
select pg_temp.up_seat('KTVE', 'MEMBER', 'LHL Bergen', '2020-01-01', '2022-12-31', 4);
select pg_temp.up_seat('RSÆT', 'MEMBER', 'Eldrerådet i Bergen kommune', '2020-01-01', '2022-12-31', 5);
select pg_temp.up_seat('GRØD', 'MEMBER', 'Diabetesforbundet Vestland', '2020-01-01', '2022-12-31', 6);
-- 2023–2025
select pg_temp.up_seat('SDAL', 'CHAIR', 'FFO Vestland', '2023-01-01', '2025-12-31', 1);
select pg_temp.up_seat('AMYK', 'DEPUTY_CHAIR', 'Kreftforeningen', '2023-01-01', '2025-12-31', 2);
select pg_temp.up_seat('HBRE', 'MEMBER', 'Mental Helse Hordaland', '2023-01-01', '2025-12-31', 3);
select pg_temp.up_seat('KTVE', 'MEMBER', 'LHL Bergen', '2023-01-01', '2025-12-31', 4);
select pg_temp.up_seat('RSÆT', 'MEMBER', 'Eldrerådet i Bergen kommune', '2023-01-01', '2025-12-31', 5);
select pg_temp.up_seat('OHAU', 'MEMBER', 'Norges Blindeforbund Vestland', '2023-01-01', '2025-12-31', 6);
select pg_temp.up_seat('IVIK', 'MEMBER', 'Diabetesforbundet Vestland', '2023-01-01', '2025-12-31', 7);
select pg_temp.up_seat('MLUN', 'MEMBER', 'LPP Bergen', '2023-01-01', '2025-12-31', 8);

-- The panel's first meeting of the new period, where it was constituted.
insert into meeting (id, cluster_id, body_id, meeting_date, starts_at, ends_at, address, status)
values (md5('meeting:bp-2023-03-29')::uuid, pg_temp.up_alrek(), pg_temp.up_panel(), '2023-03-29', '12:00', '14:00',
        'Årstadveien 17, Bergen', 'HELD');

insert into user_panel_period (id, cluster_id, body_id, name, valid_from, valid_to, constituting_meeting_id, mandate)
values ('b9a00000-0000-4000-8000-000000002020', pg_temp.up_alrek(), pg_temp.up_panel(), 'Brukerpanel 2020–2022',
        '2020-01-01', '2022-12-31', null,
        'Gi råd til klyngen om brukermedvirkning i forskning, utdanning og tjenesteutvikling.'),
       ('b9a00000-0000-4000-8000-000000002023', pg_temp.up_alrek(), pg_temp.up_panel(), 'Brukerpanel 2023–2025',
        '2023-01-01', '2025-12-31', md5('meeting:bp-2023-03-29')::uuid,
        'Gi råd til klyngen om brukermedvirkning i forskning, utdanning og tjenesteutvikling, og stille med brukerrepresentanter i eksterne organer og prosjekter når klyngen blir bedt om det.');

insert into user_panel_assignment (id, cluster_id, body_id, person_id, external_body, requested_by, valid_from,
                                   status, note, meeting_item_id)
values ('b9a10000-0000-4000-8000-000000002021', pg_temp.up_alrek(), pg_temp.up_panel(), pg_temp.up_person('KTVE'),
        'Pasientens legemiddelliste', 'Direktoratet for e-helse', '2021-05-01', 'ASSIGNED',
        'Forespørsel fra direktoratet i april 2021; meldt til Arbeidsgruppen 03.06.2021.',
        md5('item:ag-2021-06-03/20')::uuid);
insert into user_panel_assignment_status (cluster_id, assignment_id, status, effective_on, note, changed_by, changed_at)
values (pg_temp.up_alrek(), 'b9a10000-0000-4000-8000-000000002021', 'REQUESTED', '2021-04-15',
        'Direktoratet for e-helse ber om brukerrepresentanter.', 'sekretariat', '2021-04-15 10:00+02'),
       (pg_temp.up_alrek(), 'b9a10000-0000-4000-8000-000000002021', 'ASSIGNED', '2021-05-01', null, 'sekretariat',
        '2021-05-01 10:00+02');
