-- Demo data (profile "demo" only): Alrek helseklynge as it appears in the two seed minutes
-- (Arbeidsgruppen 03.06.2021 and Partnermøtet 27.03.2023), and a small second cluster to show
-- that clusters never see each other's data. Dates of terms and renames that the minutes do not
-- state are assumptions, documented in docs/demo-data.md.

insert into cluster (id, short_name, name, primary_colour, secondary_colour, default_language, time_zone, logo_svg)
values ('a1ec0000-0000-4000-8000-000000000001', 'alrek', 'Alrek helseklynge', '#005a6e', '#e4f1f4', 'nb', 'Europe/Oslo',
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="#ffffff"/><circle cx="14" cy="16" r="6" fill="#005a6e"/><circle cx="26" cy="16" r="6" fill="#2a8c82"/><circle cx="20" cy="27" r="6" fill="#7fb8c4"/></svg>'),
       ('40d00000-0000-4000-8000-000000000002', 'nord', 'Helseklynge Nord (demo)', '#5b2a86', '#f1ebf6', 'nn', 'Europe/Oslo', null);

create function pg_temp.org(cid uuid, org_name text) returns uuid language sql as $$
    select id from organisation where cluster_id = cid and name = org_name $$;
create function pg_temp.person(cid uuid, person_code text) returns uuid language sql as $$
    select id from person where cluster_id = cid and code = person_code $$;

create function pg_temp.add_org(cid uuid, org_name text, short text, org_type text, parent text, partner_from date)
    returns void language plpgsql as $$
declare
    new_id uuid;
begin
    insert into organisation (cluster_id, name, short_name, type, parent_id)
    values (cid, org_name, short, org_type, pg_temp.org(cid, parent)) returning id into new_id;
    if partner_from is not null then
        insert into partnership (cluster_id, organisation_id, valid_from) values (cid, new_id, partner_from);
    end if;
end $$;

create function pg_temp.add_person(cid uuid, person_code text, person_name text, person_title text, org_name text,
                                   since date) returns void language plpgsql as $$
declare
    new_id uuid;
begin
    insert into person (cluster_id, code, name, title, email)
    values (cid, person_code, person_name, person_title,
            lower(translate(person_code, 'ÆØÅ', 'AOA')) || '@' || (select short_name from cluster where id = cid) || '.example.org')
    returning id into new_id;
    if org_name is not null then
        insert into affiliation (cluster_id, person_id, organisation_id, valid_from)
        values (cid, new_id, pg_temp.org(cid, org_name), since);
    end if;
end $$;

create function pg_temp.add_body(cid uuid, body_type text, first_name text, founded date, later_name text,
                                 renamed date, body_mandate text, ord integer) returns void language plpgsql as $$
declare
    new_id uuid;
begin
    insert into body (cluster_id, type, mandate, established_on, sort_order)
    values (cid, body_type, body_mandate, founded, ord) returning id into new_id;
    insert into body_name (cluster_id, body_id, name, valid_from) values (cid, new_id, first_name, founded);
    if later_name is not null then
        insert into body_name (cluster_id, body_id, name, valid_from) values (cid, new_id, later_name, renamed);
    end if;
end $$;

create function pg_temp.body(cid uuid, current_name text) returns uuid language sql as $$
    select body_id from body_name where cluster_id = cid and name = current_name
    order by valid_from desc limit 1 $$;

create function pg_temp.seat(cid uuid, body_name text, person_code text, seat_role text, seat_name text,
                             org_name text, since date, until date, ord integer, deputy_for_code text default null)
    returns void language sql as $$
    insert into membership (cluster_id, body_id, person_id, role, seat, organisation_id, deputy_for_id,
                            valid_from, valid_to, sort_order)
    values (cid, pg_temp.body(cid, body_name), pg_temp.person(cid, person_code), seat_role, seat_name,
            pg_temp.org(cid, org_name),
            (select m.id from membership m
             where m.cluster_id = cid and m.body_id = pg_temp.body(cid, body_name)
               and m.person_id = pg_temp.person(cid, deputy_for_code) and m.valid_from = since),
            since, until, ord) $$;

-- Alrek helseklynge ------------------------------------------------------------------------------
do $$
declare
    a constant uuid := 'a1ec0000-0000-4000-8000-000000000001';
begin
    perform pg_temp.add_org(a, 'Universitetet i Bergen', 'UiB', 'UNIVERSITY', null, '2019-01-01');
    perform pg_temp.add_org(a, 'Universitetet i Bergen - MED', 'UiB-MED', 'UNIVERSITY', 'Universitetet i Bergen', null);
    perform pg_temp.add_org(a, 'Universitetet i Bergen - DPF', 'UiB-DPF', 'UNIVERSITY', 'Universitetet i Bergen', null);
    perform pg_temp.add_org(a, 'Universitetet i Bergen - EIA', 'UiB-EIA', 'UNIVERSITY', 'Universitetet i Bergen', null);
    perform pg_temp.add_org(a, 'Høgskulen på Vestlandet', 'HVL', 'UNIVERSITY_COLLEGE', null, '2019-01-01');
    perform pg_temp.add_org(a, 'Helse Bergen', 'Helse Bergen', 'HEALTH_TRUST', null, '2019-01-01');
    perform pg_temp.add_org(a, 'Bergen kommune', 'Bergen kommune', 'MUNICIPALITY', null, '2019-01-01');
    perform pg_temp.add_org(a, 'Haraldsplass Diakonale sykehus', 'HDS', 'HOSPITAL', null, '2019-01-01');
    perform pg_temp.add_org(a, 'NORCE', 'NORCE', 'RESEARCH_INSTITUTE', null, '2019-01-01');
    perform pg_temp.add_org(a, 'Folkehelseinstituttet', 'FHI', 'RESEARCH_INSTITUTE', null, '2019-01-01');
    perform pg_temp.add_org(a, 'VID vitenskapelige høgskole', 'VID', 'UNIVERSITY_COLLEGE', null, '2019-01-01');
    perform pg_temp.add_org(a, 'Vestland fylkeskommune', 'VLFK', 'COUNTY', null, '2020-01-01');
    perform pg_temp.add_org(a, 'Tannhelsetjenesten i Vestland', 'TannhelseVL', 'COUNTY', 'Vestland fylkeskommune', null);
    perform pg_temp.add_org(a, 'Lederforum Årstadveien 17', 'Å17', 'OTHER', null, null);
    perform pg_temp.add_org(a, 'Alrek helseklynge', 'Alrek', 'OTHER', null, null);

    -- People of the Partnermøte minutes 27.03.2023
    perform pg_temp.add_person(a, 'MH', 'Margareth Hagen', 'Prorektor', 'Universitetet i Bergen', '2021-08-01');
    perform pg_temp.add_person(a, 'GG', 'Gottfried Greve', 'Viserektor', 'Universitetet i Bergen', '2021-08-01');
    perform pg_temp.add_person(a, 'GY', 'Gunnar Yttri', null, 'Høgskulen på Vestlandet', '2020-01-01');
    perform pg_temp.add_person(a, 'EH', 'Eivind Hansen', null, 'Helse Bergen', '2020-01-01');
    perform pg_temp.add_person(a, 'KAW', 'Kjell A. Wolff', null, 'Bergen kommune', '2020-01-01');
    perform pg_temp.add_person(a, 'KF', 'Kjerstin Fyllingen', null, 'Haraldsplass Diakonale sykehus', '2020-01-01');
    perform pg_temp.add_person(a, 'JHK', 'Jon Harald Kaspersen', null, 'NORCE', '2020-01-01');
    perform pg_temp.add_person(a, 'GPK', 'Gun Peggy Knudsen', null, 'Folkehelseinstituttet', '2020-01-01');
    perform pg_temp.add_person(a, 'BM', 'Bård Mæland', null, 'VID vitenskapelige høgskole', '2020-01-01');
    perform pg_temp.add_person(a, 'LM', 'Lathamini Murugesh', null, 'Tannhelsetjenesten i Vestland', '2020-01-01');
    perform pg_temp.add_person(a, 'PB', 'Per Bakke', 'Dekan', 'Universitetet i Bergen - MED', '2019-01-01');
    perform pg_temp.add_person(a, 'KS', 'Karsten Specht', 'Leder av Styringsgruppen', null, null);
    perform pg_temp.add_person(a, 'BA', 'Berit Angelskår', 'Klyngefasilitator', 'Alrek helseklynge', '2019-01-01');
    perform pg_temp.add_person(a, 'KW', 'Kristin Walter', 'Sekretariat', 'Universitetet i Bergen - MED', '2019-01-01');
    perform pg_temp.add_person(a, 'IEG', 'Ingvild Eide Graff', null, 'Folkehelseinstituttet', '2020-01-01');
    perform pg_temp.add_person(a, 'FKB', 'Frøydis Kristine Bruvik', 'Prosjektleder, Institutt for global helse og samfunnsmedisin', 'Universitetet i Bergen', '2020-01-01');
    -- People of the Arbeidsgruppe minutes 03.06.2021
    perform pg_temp.add_person(a, 'NL', 'Nina Langeland', null, 'Universitetet i Bergen', '2019-01-01');
    perform pg_temp.add_person(a, 'RB', 'Robert Bjerknes', 'Viserektor for tverrfaglig virksomhet og store satsinger', 'Universitetet i Bergen', '2016-01-01');
    perform pg_temp.add_person(a, 'BW', 'Bente Wold', null, 'Universitetet i Bergen - DPF', '2019-01-01');
    perform pg_temp.add_person(a, 'TEH', 'Trond Egil Hansen', null, 'Bergen kommune', '2019-01-01');
    perform pg_temp.add_person(a, 'RS', 'Randi Skår', null, 'Høgskulen på Vestlandet', '2019-01-01');
    perform pg_temp.add_person(a, 'PBG', 'Priyanthi Borgen Gjerde', null, 'NORCE', '2019-01-01');
    perform pg_temp.add_person(a, 'HR', 'Helge Rekve', null, 'Universitetet i Bergen - EIA', '2019-01-01');
    perform pg_temp.add_person(a, 'RLM', 'Randi-Luise Møgster', null, 'Helse Bergen', '2019-01-01');
    perform pg_temp.add_person(a, 'RL', 'Rebekka Ljosland', null, 'Haraldsplass Diakonale sykehus', '2019-01-01');
    perform pg_temp.add_person(a, 'ØV', 'Øystein Vedaa', null, 'Folkehelseinstituttet', '2019-01-01');
    perform pg_temp.add_person(a, 'EB', 'Ellen Berggreen', null, 'Tannhelsetjenesten i Vestland', '2019-01-01');
    perform pg_temp.add_person(a, 'AL', 'Anita Lyssand', null, 'VID vitenskapelige høgskole', '2019-01-01');
    perform pg_temp.add_person(a, 'OVK', 'Odd Vegard Kandal-Wright', 'Kommunikasjonsforum', 'Universitetet i Bergen', '2019-01-01');
    perform pg_temp.add_person(a, 'ES', 'Elena Sandgathe', null, 'Haraldsplass Diakonale sykehus', '2019-01-01');

    -- Bodies. The former Styringsgruppe became Partnermøtet, the former Arbeidsgruppe Styringsgruppen.
    perform pg_temp.add_body(a, 'PARTNER_MEETING', 'Styringsgruppen', '2019-01-01', 'Partnermøtet', '2022-09-01',
        'Klyngens øverste organ, med én leder fra hver partner. Vedtar strategi, budsjett for fellesmidler og årsmelding.', 1);
    perform pg_temp.add_body(a, 'STEERING_GROUP', 'Arbeidsgruppen', '2019-01-01', 'Styringsgruppen', '2022-09-01',
        'Klyngens arbeidende organ. Forbereder saker for Partnermøtet og følger opp klyngens aktiviteter.', 2);
    perform pg_temp.add_body(a, 'USER_PANEL', 'Brukerpanelet', '2019-01-01', null, null,
        'Brukerrepresentanter som gir råd til klyngen og oppnevnes til eksterne organer. Periode 2023–2025.', 3);
    perform pg_temp.add_body(a, 'REVIEW_COMMITTEE', 'Vurderingskomiteen', '2019-01-01', null, null,
        'Vurderer søknader om samarbeidsmidler og foreslår tildeling.', 4);
    perform pg_temp.add_body(a, 'WORKING_GROUP', 'Arbeidsgruppe for utredning av senter for brukermedvirkning', '2023-01-01', null, null,
        'Utreder et senter for brukermedvirkning og leverer sin innsikt til Styringsgruppen.', 5);

    -- Partnermøtet from 2023 (minutes 27.03.2023)
    perform pg_temp.seat(a, 'Partnermøtet', 'MH', 'CHAIR', 'Universitetet i Bergen, leder', 'Universitetet i Bergen', '2023-01-01', null, 1);
    perform pg_temp.seat(a, 'Partnermøtet', 'GG', 'MEMBER', 'Universitetet i Bergen, rektorat', 'Universitetet i Bergen', '2023-01-01', null, 2);
    perform pg_temp.seat(a, 'Partnermøtet', 'GY', 'MEMBER', 'Høgskulen på Vestlandet', 'Høgskulen på Vestlandet', '2023-01-01', null, 3);
    perform pg_temp.seat(a, 'Partnermøtet', 'EH', 'MEMBER', 'Helse Bergen', 'Helse Bergen', '2023-01-01', null, 4);
    perform pg_temp.seat(a, 'Partnermøtet', 'KAW', 'MEMBER', 'Bergen kommune', 'Bergen kommune', '2023-01-01', null, 5);
    perform pg_temp.seat(a, 'Partnermøtet', 'KF', 'MEMBER', 'Haraldsplass Diakonale sykehus', 'Haraldsplass Diakonale sykehus', '2023-01-01', null, 6);
    perform pg_temp.seat(a, 'Partnermøtet', 'JHK', 'MEMBER', 'NORCE', 'NORCE', '2023-01-01', null, 7);
    perform pg_temp.seat(a, 'Partnermøtet', 'GPK', 'MEMBER', 'Folkehelseinstituttet', 'Folkehelseinstituttet', '2023-01-01', null, 8);
    perform pg_temp.seat(a, 'Partnermøtet', 'BM', 'MEMBER', 'VID vitenskapelige høgskole', 'VID vitenskapelige høgskole', '2023-01-01', null, 9);
    perform pg_temp.seat(a, 'Partnermøtet', 'LM', 'MEMBER', 'Vestland fylkeskommune/ Tannhelsetjenesten', 'Tannhelsetjenesten i Vestland', '2023-01-01', null, 10);
    perform pg_temp.seat(a, 'Partnermøtet', 'PB', 'MEMBER', 'Universitetet i Bergen - MED', 'Universitetet i Bergen - MED', '2023-01-01', null, 11);
    perform pg_temp.seat(a, 'Partnermøtet', 'IEG', 'DEPUTY', 'Folkehelseinstituttet', 'Folkehelseinstituttet', '2023-01-01', null, 12, 'GPK');
    perform pg_temp.seat(a, 'Partnermøtet', 'KS', 'OBSERVER', 'Leder av Styringsgruppen', null, '2023-01-01', '2023-12-31', 20);
    perform pg_temp.seat(a, 'Partnermøtet', 'BA', 'FACILITATOR', 'Klyngefasilitator (observatør)', 'Alrek helseklynge', '2023-01-01', null, 21);
    perform pg_temp.seat(a, 'Partnermøtet', 'KW', 'SECRETARIAT', 'Sekretariatsfunksjon UiB-MED', 'Universitetet i Bergen - MED', '2023-01-01', null, 30);

    -- Arbeidsgruppen 2021 (minutes 03.06.2021), today's Styringsgruppen
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'NL', 'CHAIR', 'Universitetet i Bergen, leder', 'Universitetet i Bergen', '2021-01-01', '2022-08-31', 1);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'RB', 'MEMBER', 'Universitetet i Bergen, rektorat', 'Universitetet i Bergen', '2021-01-01', '2021-07-31', 2);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'BW', 'MEMBER', 'Universitetet i Bergen - DPF', 'Universitetet i Bergen - DPF', '2021-01-01', '2022-08-31', 3);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'PB', 'MEMBER', 'Universitetet i Bergen - MED', 'Universitetet i Bergen - MED', '2021-01-01', '2022-08-31', 4);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'TEH', 'MEMBER', 'Bergen kommune', 'Bergen kommune', '2021-01-01', '2022-08-31', 5);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'RS', 'MEMBER', 'Høgskulen på Vestlandet', 'Høgskulen på Vestlandet', '2021-01-01', '2022-08-31', 6);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'PBG', 'MEMBER', 'Norce', 'NORCE', '2021-01-01', '2022-08-31', 7);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'HR', 'MEMBER', 'Universitetet i Bergen - EIA', 'Universitetet i Bergen - EIA', '2021-01-01', '2022-08-31', 8);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'RLM', 'MEMBER', 'Helse Bergen', 'Helse Bergen', '2021-01-01', '2022-08-31', 9);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'RL', 'MEMBER', 'Haraldsplass Diakonale sykehus', 'Haraldsplass Diakonale sykehus', '2021-01-01', '2022-08-31', 10);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'ØV', 'MEMBER', 'Folkehelseinstituttet', 'Folkehelseinstituttet', '2021-01-01', '2022-08-31', 11);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'EB', 'MEMBER', 'Vestland tannhelsetjeneste/ Vestland fylkeskommune', 'Tannhelsetjenesten i Vestland', '2021-01-01', '2022-08-31', 12);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'AL', 'MEMBER', 'VID', 'VID vitenskapelige høgskole', '2021-01-01', '2022-08-31', 13);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'PBG', 'MEMBER', 'Lederforum/ Årstadveien 17', 'Lederforum Årstadveien 17', '2021-01-01', '2022-08-31', 14);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'ES', 'DEPUTY', 'Haraldsplass Diakonale sykehus', 'Haraldsplass Diakonale sykehus', '2021-01-01', '2022-08-31', 15, 'RL');
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'OVK', 'OBSERVER', 'Universitetet i Bergen, kommunikasjonsforum', 'Universitetet i Bergen', '2021-01-01', '2022-08-31', 20);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'BA', 'FACILITATOR', 'Klyngefasilitator Alrek helseklynge', 'Alrek helseklynge', '2021-01-01', '2022-08-31', 21);
    perform pg_temp.seat(a, 'Arbeidsgruppen', 'KW', 'SECRETARIAT', 'Universitetet i Bergen – adm MED', 'Universitetet i Bergen - MED', '2021-01-01', '2022-08-31', 30);
    -- Styringsgruppen after the rename: Specht leads it "frem til Partnermøtet høsten 2023"
    perform pg_temp.seat(a, 'Styringsgruppen', 'KS', 'CHAIR', 'Leder', null, '2022-09-01', '2023-12-31', 1);
    perform pg_temp.seat(a, 'Styringsgruppen', 'BA', 'FACILITATOR', 'Klyngefasilitator Alrek helseklynge', 'Alrek helseklynge', '2022-09-01', null, 21);
    perform pg_temp.seat(a, 'Styringsgruppen', 'KW', 'SECRETARIAT', 'Sekretariatsfunksjon UiB-MED', 'Universitetet i Bergen - MED', '2022-09-01', null, 30);
end $$;

-- Helseklynge Nord: a second, small cluster. Same codes as Alrek on purpose: codes are unique per cluster.
do $$
declare
    n constant uuid := '40d00000-0000-4000-8000-000000000002';
begin
    perform pg_temp.add_org(n, 'Universitetet i Tromsø', 'UiT', 'UNIVERSITY', null, '2024-01-01');
    perform pg_temp.add_org(n, 'Tromsø kommune', 'Tromsø kommune', 'MUNICIPALITY', null, '2024-01-01');
    perform pg_temp.add_person(n, 'MH', 'Marit Halvorsen', 'Dekan', 'Universitetet i Tromsø', '2024-01-01');
    perform pg_temp.add_person(n, 'OB', 'Ola Berg', null, 'Tromsø kommune', '2024-01-01');
    perform pg_temp.add_body(n, 'PARTNER_MEETING', 'Partnarmøtet', '2024-01-01', null, null, 'Øvste organ i klynga.', 1);
    perform pg_temp.seat(n, 'Partnarmøtet', 'MH', 'CHAIR', 'Universitetet i Tromsø', 'Universitetet i Tromsø', '2024-01-01', null, 1);
    perform pg_temp.seat(n, 'Partnarmøtet', 'OB', 'MEMBER', 'Tromsø kommune', 'Tromsø kommune', '2024-01-01', null, 2);
end $$;

-- Demo accounts, password "demo" (bcrypt). They exist only in the demo profile.
insert into account (cluster_id, username, email, password_hash, person_id, administrator, secretariat)
values ('a1ec0000-0000-4000-8000-000000000001', 'admin', 'admin@alrek.example.org', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK', null, true, false),
       ('a1ec0000-0000-4000-8000-000000000001', 'sekretariat', 'kw@alrek.example.org', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK',
        pg_temp.person('a1ec0000-0000-4000-8000-000000000001', 'KW'), false, true),
       ('a1ec0000-0000-4000-8000-000000000001', 'leder', 'mh@alrek.example.org', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK',
        pg_temp.person('a1ec0000-0000-4000-8000-000000000001', 'MH'), false, false),
       ('a1ec0000-0000-4000-8000-000000000001', 'medlem', 'gy@alrek.example.org', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK',
        pg_temp.person('a1ec0000-0000-4000-8000-000000000001', 'GY'), false, false),
       ('a1ec0000-0000-4000-8000-000000000001', 'observator', 'ba@alrek.example.org', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK',
        pg_temp.person('a1ec0000-0000-4000-8000-000000000001', 'BA'), false, false),
       ('40d00000-0000-4000-8000-000000000002', 'nord', 'admin@nord.example.org', '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK', null, true, false);
