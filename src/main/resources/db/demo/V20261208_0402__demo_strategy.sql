-- Demo (profile "demo"): Alrek's strategy 2021–2025, built from the themes the seeds give (the five inputs of
-- Arbeidsgruppen's sak 21-21 "Rapportering fra strategiarbeidet", 03.06.2021: folkehelse og forebygging,
-- kunnskapsgrunnlag og implementering, sosial ulikhet i helse, tverrfaglighet, bærekraftsmålene), with a traffic
-- light history per goal across 2021–2023 (Partnermøtet 27.03.2023 speaks of "trafikklysmodellen"). The
-- seeds do not say which item adopted it, so it is adopted without an item link. The five inputs are the
-- minutes' text (seed 001), linked to sak 21-21 and to the goals they became.
create function pg_temp.strategy_alrek() returns uuid language sql as $$ select 'a1ec0000-0000-4000-8000-000000000001'::uuid $$;
create function pg_temp.strategy_s() returns uuid language sql as $$ select '57a70000-0000-4000-8000-000000002021'::uuid $$;
create function pg_temp.strategy_fa(n integer) returns uuid language sql as $$
    select ('57a7f000-0000-4000-8000-00000000000' || n)::uuid $$;
create function pg_temp.strategy_g(n integer) returns uuid language sql as $$
    select ('57a76000-0000-4000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid $$;
create function pg_temp.strategy_body(wanted text) returns uuid language sql as $$
    select body_id from body_name where cluster_id = pg_temp.strategy_alrek() and name = wanted order by valid_from desc limit 1 $$;

insert into strategy (id, cluster_id, name, from_year, to_year, status, created_at)
values (pg_temp.strategy_s(), pg_temp.strategy_alrek(), 'Strategi for Alrek helseklynge 2021–2025', 2021, 2025, 'ADOPTED',
        '2021-06-10 09:00+02');

insert into strategy_focus_area (id, cluster_id, strategy_id, position, name, description)
values (pg_temp.strategy_fa(1), pg_temp.strategy_alrek(), pg_temp.strategy_s(), 1, 'Folkehelse og forebygging',
        'Kommunenes arbeid for forebygging og helse i hele befolkningen er kjernen i Alrek.'),
       (pg_temp.strategy_fa(2), pg_temp.strategy_alrek(), pg_temp.strategy_s(), 2, 'Sosial ulikhet i helse',
        'Sosial og økonomisk ulikhet i helse er et gjennomgående tema.'),
       (pg_temp.strategy_fa(3), pg_temp.strategy_alrek(), pg_temp.strategy_s(), 3, 'Tverrfaglighet og samarbeid',
        'Partnerne samarbeider på tvers av fag, nivå og sektor, og har egne arenaer for klyngearbeidet.'),
       (pg_temp.strategy_fa(4), pg_temp.strategy_alrek(), pg_temp.strategy_s(), 4, 'Kunnskapsgrunnlag og implementering',
        'Et bedre kunnskapsgrunnlag for forebygging og folkehelsearbeid, tatt i bruk og evaluert.');

insert into strategy_goal (id, cluster_id, focus_area_id, position, text, owner_body_id)
values (pg_temp.strategy_g(1), pg_temp.strategy_alrek(), pg_temp.strategy_fa(1), 1,
        'Minst halvparten av klyngens prosjekter har en kommune som partner og handler om forebygging eller helsefremmende arbeid.',
        pg_temp.strategy_body('Styringsgruppen')),
       (pg_temp.strategy_g(2), pg_temp.strategy_alrek(), pg_temp.strategy_fa(1), 2,
        'Kommunene får et bedre kunnskapsgrunnlag for folkehelsearbeidet gjennom felles arrangementer og kunnskapsoppsummeringer.',
        null),
       (pg_temp.strategy_g(3), pg_temp.strategy_alrek(), pg_temp.strategy_fa(2), 1,
        'Sosial og økonomisk ulikhet i helse er et kriterium i klyngens utlysninger av samarbeidsmidler.',
        pg_temp.strategy_body('Partnermøtet')),
       (pg_temp.strategy_g(4), pg_temp.strategy_alrek(), pg_temp.strategy_fa(3), 1,
        'Alle partnere har en intern arena for drøfting og forankring av klyngearbeidet.',
        pg_temp.strategy_body('Styringsgruppen')),
       (pg_temp.strategy_g(5), pg_temp.strategy_alrek(), pg_temp.strategy_fa(3), 2,
        'Klyngens prosjekter er tverrfaglige og samler partnere fra kommune, spesialisthelsetjeneste og utdanning.',
        null),
       (pg_temp.strategy_g(6), pg_temp.strategy_alrek(), pg_temp.strategy_fa(4), 1,
        'Kunnskap fra prosjektene tas i bruk hos partnerne, og tiltak evalueres.',
        null);

insert into strategy_goal_sdg (cluster_id, goal_id, sdg)
values (pg_temp.strategy_alrek(), pg_temp.strategy_g(1), 3), (pg_temp.strategy_alrek(), pg_temp.strategy_g(1), 17),
       (pg_temp.strategy_alrek(), pg_temp.strategy_g(2), 3), (pg_temp.strategy_alrek(), pg_temp.strategy_g(2), 4),
       (pg_temp.strategy_alrek(), pg_temp.strategy_g(3), 10), (pg_temp.strategy_alrek(), pg_temp.strategy_g(3), 3),
       (pg_temp.strategy_alrek(), pg_temp.strategy_g(4), 17),
       (pg_temp.strategy_alrek(), pg_temp.strategy_g(5), 17), (pg_temp.strategy_alrek(), pg_temp.strategy_g(5), 4),
       (pg_temp.strategy_alrek(), pg_temp.strategy_g(6), 4), (pg_temp.strategy_alrek(), pg_temp.strategy_g(6), 3);

-- The lights: first set when the strategy was adopted, then reviewed each half year by Styringsgruppen.
create function pg_temp.strategy_light(goal integer, day date, l text, c text, by_whom text default 'Sekretariatet')
    returns void language sql as $$
    insert into strategy_assessment (cluster_id, goal_id, assessed_on, light, comment, assessed_by, created_at)
    values (pg_temp.strategy_alrek(), pg_temp.strategy_g(goal), day, l, c, by_whom, day::timestamptz + interval '12 hours') $$;

select pg_temp.strategy_light(1, '2021-12-01', 'YELLOW', 'To av fem prosjekter har en kommune som partner.');
select pg_temp.strategy_light(1, '2022-06-15', 'YELLOW', 'Utlysningen 2022 vektlegger kommunal forankring.');
select pg_temp.strategy_light(1, '2022-12-01', 'GREEN', 'Tre av fem nye prosjekter har en kommune som partner.');
select pg_temp.strategy_light(1, '2023-11-20', 'GREEN', 'Holder seg: kommunene er med i de fleste prosjektene.');
select pg_temp.strategy_light(2, '2021-12-01', 'RED', 'Ingen felles kunnskapsoppsummering ennå.');
select pg_temp.strategy_light(2, '2022-12-01', 'YELLOW', 'Alrekdagene og Digital helse-dager har gitt felles arenaer.');
select pg_temp.strategy_light(2, '2023-11-20', 'YELLOW', 'Kunnskapsoppsummering om folkehelse er planlagt til 2024.');
select pg_temp.strategy_light(3, '2021-12-01', 'NOT_ASSESSED', 'Vurderes når utlysningen for 2022 er klar.');
select pg_temp.strategy_light(3, '2022-06-15', 'GREEN', 'Sosial ulikhet i helse er eget kriterium i utlysningen 2022.');
select pg_temp.strategy_light(3, '2023-11-20', 'GREEN', 'Videreført i utlysningen 2023.');
select pg_temp.strategy_light(4, '2021-12-01', 'YELLOW', 'Helse Bergen og Bergen kommune har arena; VID, FHI og HVL er i gang.');
select pg_temp.strategy_light(4, '2022-12-01', 'GREEN', 'Alle partnere har nå en intern arena.');
select pg_temp.strategy_light(4, '2023-06-12', 'YELLOW', 'To partnere har lagt ned arenaen etter omorganisering.');
select pg_temp.strategy_light(5, '2021-12-01', 'YELLOW', 'De fleste prosjektene har to fag eller flere.');
select pg_temp.strategy_light(5, '2022-12-01', 'YELLOW', 'Utdanningspartnerne er med i få prosjekter.');
select pg_temp.strategy_light(5, '2023-11-20', 'RED', 'Ingen nye prosjekter med utdanningspartner i 2023.');
select pg_temp.strategy_light(6, '2021-12-01', 'RED', 'Ingen rutine for evaluering av tiltak.');
select pg_temp.strategy_light(6, '2022-12-01', 'RED', 'Sluttrapportene sier lite om bruk av resultatene.');
select pg_temp.strategy_light(6, '2023-06-12', 'YELLOW', 'Prosjektrapportene har fått eget punkt om implementering.');

-- The five inputs of sak 21-21 (Arbeidsgruppen 03.06.2021), word for word from the minutes.
insert into strategy_input (id, cluster_id, strategy_id, text, given_by, given_on, item_id, focus_area_id, goal_id,
                            status, created_at)
values ('57a71000-0000-4000-8000-000000000001', pg_temp.strategy_alrek(), pg_temp.strategy_s(),
        'Det må framgå at kommunene sitt arbeid for forebygging og helse i hele befolkningen er kjernen i Alrek.',
        'Arbeidsgruppen', '2021-06-03', md5('item:ag-2021-06-03/21')::uuid, pg_temp.strategy_fa(1), pg_temp.strategy_g(1),
        'INCORPORATED', '2021-06-04 09:00+02'),
       ('57a71000-0000-4000-8000-000000000002', pg_temp.strategy_alrek(), pg_temp.strategy_s(),
        'Folkehelse og helsefremmende arbeid ble vektlagt av flere. Det ble også vektlagt at kommunene trenger et bedre kunnskapsgrunnlag for forebygging og folkehelsearbeid. Implementering av kunnskap er viktig. Evaluering av tiltak ble også fremmet i diskusjonen.',
        'Arbeidsgruppen', '2021-06-03', md5('item:ag-2021-06-03/21')::uuid, pg_temp.strategy_fa(4), pg_temp.strategy_g(6),
        'INCORPORATED', '2021-06-04 09:01+02'),
       ('57a71000-0000-4000-8000-000000000003', pg_temp.strategy_alrek(), pg_temp.strategy_s(),
        'Sosial og økonomisk ulikhet i helse er et viktig tema.',
        'Arbeidsgruppen', '2021-06-03', md5('item:ag-2021-06-03/21')::uuid, pg_temp.strategy_fa(2), pg_temp.strategy_g(3),
        'INCORPORATED', '2021-06-04 09:02+02'),
       ('57a71000-0000-4000-8000-000000000004', pg_temp.strategy_alrek(), pg_temp.strategy_s(),
        'Tverrfaglighet bør nevnes spesielt.',
        'Arbeidsgruppen', '2021-06-03', md5('item:ag-2021-06-03/21')::uuid, pg_temp.strategy_fa(3), pg_temp.strategy_g(5),
        'INCORPORATED', '2021-06-04 09:03+02'),
       ('57a71000-0000-4000-8000-000000000005', pg_temp.strategy_alrek(), pg_temp.strategy_s(),
        'Knytte strategien til bærekraftsmålene.',
        'Arbeidsgruppen', '2021-06-03', md5('item:ag-2021-06-03/21')::uuid, null, null,
        'INCORPORATED', '2021-06-04 09:04+02');

drop function pg_temp.strategy_light(integer, date, text, text, text);
drop function pg_temp.strategy_body(text);
drop function pg_temp.strategy_g(integer);
drop function pg_temp.strategy_fa(integer);
drop function pg_temp.strategy_s();
drop function pg_temp.strategy_alrek();
