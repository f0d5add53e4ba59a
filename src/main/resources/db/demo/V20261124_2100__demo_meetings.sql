-- Demo meetings (profile "demo"): the two seed meetings, reconstructed from the minutes, and the
-- meetings they mention. Titles of the items of the meetings the seeds only mention are assumed;
-- see docs/demo-data.md.

create function pg_temp.alrek() returns uuid language sql as $$ select 'a1ec0000-0000-4000-8000-000000000001'::uuid $$;
create function pg_temp.p(person_code text) returns uuid language sql as $$
    select id from person where cluster_id = pg_temp.alrek() and code = person_code $$;
create function pg_temp.b(wanted text) returns uuid language sql as $$
    select body_id from body_name where cluster_id = pg_temp.alrek() and name = wanted order by valid_from desc limit 1 $$;

create function pg_temp.meeting(key text, body uuid, day date, starts time, ends time, addr text, rm text, fl text,
                                 link text, st text, chair text default null, chair_for text default null)
    returns void language plpgsql as $$
begin
    insert into meeting (id, cluster_id, body_id, meeting_date, starts_at, ends_at, address, room, floor, online_url,
                         status, chair_person_id, chair_for_person_id, summoned_at)
    values (md5('meeting:' || key)::uuid, pg_temp.alrek(), body, day, starts, ends, addr, rm, fl, link, st,
            pg_temp.p(chair), pg_temp.p(chair_for),
            case when st <> 'PLANNED' then (day - 10)::timestamptz end);
end $$;

create function pg_temp.m(key text) returns uuid language sql as $$ select md5('meeting:' || key)::uuid $$;
create function pg_temp.i(key text) returns uuid language sql as $$ select md5('item:' || key)::uuid $$;

create function pg_temp.attend(meeting_key text, sect text, person_code text, seat_text text, is_summoned boolean,
                               st text, ord integer, deputy_code text default null) returns void language sql as $$
    insert into attendance (cluster_id, meeting_id, section, person_id, seat, summoned, status, deputy_person_id, sort_order)
    values (pg_temp.alrek(), pg_temp.m(meeting_key), sect, pg_temp.p(person_code), seat_text, is_summoned, st,
            pg_temp.p(deputy_code), ord) $$;

create function pg_temp.item(key text, meeting_key text, parent_key text, pos integer, seq integer, item_type text,
                             item_title text, presenter_code text default null, presenter text default null,
                             prior text default null, raised boolean default false, acc text default 'PUBLIC',
                             basis text default null, pub_title text default null) returns void language sql as $$
    insert into agenda_item (id, cluster_id, meeting_id, body_id, parent_id, position, case_year, case_seq, type, title,
                             presenter_person_id, presenter_text, prior_handling, raised_at_meeting, access,
                             exemption_basis, public_title)
    select pg_temp.i(key), pg_temp.alrek(), m.id, m.body_id, case when parent_key is null then null else pg_temp.i(parent_key) end,
           pos, case when seq is null then null else extract(year from m.meeting_date)::smallint end, seq, item_type, item_title,
           pg_temp.p(presenter_code), presenter, prior, raised, acc, basis, pub_title
    from meeting m where m.id = pg_temp.m(meeting_key) $$;

create function pg_temp.doc(item_key text, doc_title text, doc_url text, ord integer, after_on date default null,
                            acc text default 'PUBLIC') returns void language sql as $$
    insert into item_document (cluster_id, item_id, title, url, sent_after, sent_after_on, access, position)
    values (pg_temp.alrek(), pg_temp.i(item_key), doc_title, doc_url, after_on is not null, after_on, acc, ord) $$;

-- Arbeidsgruppen, spring 2021: the meeting before June, whose last case was 18-21 ------------------
select pg_temp.meeting('ag-2021-04', pg_temp.b('Styringsgruppen'), '2021-04-29', '14:00', '15:30', null, null, null,
                       'https://teams.microsoft.com/l/meetup-join/alrek-arbeidsgruppen-2021-04', 'MINUTES_APPROVED');
select pg_temp.item('ag-2021-04/13', 'ag-2021-04', null, 1, 13, 'APPROVAL', 'Godkjenning av innkalling, sakliste og referat fra forrige møte');
select pg_temp.item('ag-2021-04/14', 'ag-2021-04', null, 2, 14, 'INFORMATION', 'Orienteringssaker');
select pg_temp.item('ag-2021-04/15', 'ag-2021-04', null, 3, 15, 'DISCUSSION', 'Strategiarbeidet – prosess og forankring hos partnerne');
select pg_temp.item('ag-2021-04/16', 'ag-2021-04', null, 4, 16, 'DISCUSSION', 'Budsjett for fellesmidler 2022 – første drøfting');
select pg_temp.item('ag-2021-04/17', 'ag-2021-04', null, 5, 17, 'DISCUSSION', 'Utlysning av samarbeidsmidler 2022 – prosess');
select pg_temp.item('ag-2021-04/18', 'ag-2021-04', null, 6, 18, 'OTHER_BUSINESS', 'Eventuelt');

-- Arbeidsgruppen 03.06.2021 (seed 001) ----------------------------------------------------------------
select pg_temp.meeting('ag-2021-06-03', pg_temp.b('Styringsgruppen'), '2021-06-03', '14:00', '15:30', null, null, null,
                       'https://teams.microsoft.com/l/meetup-join/alrek-arbeidsgruppen-2021-06-03', 'MINUTES_APPROVED', 'NL');
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'NL', 'Universitetet i Bergen, leder', true, 'PRESENT', 1);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'RB', 'Universitetet i Bergen, rektorat', true, 'PRESENT', 2);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'BW', 'Universitetet i Bergen - DPF', true, 'PRESENT', 3);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'PB', 'Universitetet i Bergen - MED', true, 'ABSENT', 4);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'TEH', 'Bergen kommune', true, 'PRESENT', 5);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'RS', 'Høgskulen på Vestlandet', true, 'PRESENT', 6);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'PBG', 'Norce', true, 'ABSENT', 7);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'HR', 'Universitetet i Bergen - EIA', true, 'ABSENT', 8);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'RLM', 'Helse Bergen', true, 'PRESENT', 9);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'RL', 'Haraldsplass Diakonale sykehus', true, 'DEPUTY', 10, 'ES');
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'ØV', 'Folkehelseinstituttet', true, 'PRESENT', 11);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'EB', 'Vestland tannhelsetjeneste/ Vestland fylkeskommune', true, 'PRESENT', 12);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'AL', 'VID', true, 'PRESENT', 13);
select pg_temp.attend('ag-2021-06-03', 'MEMBER', 'PBG', 'Lederforum/ Årstadveien 17', true, 'ABSENT', 14);
select pg_temp.attend('ag-2021-06-03', 'OBSERVER', 'OVK', 'Universitetet i Bergen, kommunikasjonsforum', true, 'PRESENT', 20);
select pg_temp.attend('ag-2021-06-03', 'OBSERVER', 'BA', 'Klyngefasilitator Alrek helseklynge', true, 'PRESENT', 21);
select pg_temp.attend('ag-2021-06-03', 'SECRETARIAT', 'KW', 'Universitetet i Bergen – adm MED', true, 'PRESENT', 30);
select pg_temp.item('ag-2021-06-03/19', 'ag-2021-06-03', null, 1, 19, 'APPROVAL', 'Godkjenning av innkalling, sakliste og referat fra forrige møte');
select pg_temp.doc('ag-2021-06-03/19', 'Lenke til dokumenter for arbeidsgruppen i Teams', 'https://teams.microsoft.com/l/channel/alrek-arbeidsgruppen', 1, null, 'MEMBERS');
select pg_temp.doc('ag-2021-06-03/19', 'Lenke via Sharepoint', 'https://uib.sharepoint.com/sites/alrek-arbeidsgruppen', 2, null, 'MEMBERS');
select pg_temp.item('ag-2021-06-03/20', 'ag-2021-06-03', null, 2, 20, 'INFORMATION', 'Orienteringssaker');
select pg_temp.item('ag-2021-06-03/21', 'ag-2021-06-03', null, 3, 21, 'DISCUSSION', 'Rapportering fra strategiarbeidet', null, 'NL og BA');
select pg_temp.item('ag-2021-06-03/22', 'ag-2021-06-03', null, 4, 22, 'DECISION', 'Budsjettforslag 2022');
select pg_temp.item('ag-2021-06-03/23', 'ag-2021-06-03', null, 5, 23, 'DECISION', 'Utlysning av samarbeidsmidler for 2022 - forslag');
select pg_temp.item('ag-2021-06-03/24', 'ag-2021-06-03', null, 6, 24, 'DECISION', 'Felles helseteknologikonferanse', 'BA', 'BA');
select pg_temp.item('ag-2021-06-03/25', 'ag-2021-06-03', null, 7, 25, 'DECISION', 'Samarbeidspartnere');
select pg_temp.item('ag-2021-06-03/26', 'ag-2021-06-03', null, 8, 26, 'INFORMATION', 'Møtedatoer høsten 2021');

-- Partnermøtet 07.10.2022, whose minutes 01-23 approved ------------------------------------------------
select pg_temp.meeting('pm-2022-10-07', pg_temp.b('Partnermøtet'), '2022-10-07', '14:00', '16:00',
                       'Alrek helseklynge, Årstadveien 17', 'møterom Tarlebø 2F15', '2. etasje', null, 'MINUTES_APPROVED', 'MH');
select pg_temp.item('pm-2022-10-07/05', 'pm-2022-10-07', null, 1, 5, 'APPROVAL', 'Godkjenning av innkalling, sakliste og referat');
select pg_temp.item('pm-2022-10-07/06', 'pm-2022-10-07', null, 2, 6, 'INFORMATION', 'Orienteringer om faglig aktivitet og utvikling av klyngen');
select pg_temp.item('pm-2022-10-07/07', 'pm-2022-10-07', null, 3, 7, 'OTHER_BUSINESS', 'Eventuelt');

-- Styringsgruppen 20.03.2023, which handled the annual report --------------------------------------------
select pg_temp.meeting('sg-2023-03-20', pg_temp.b('Styringsgruppen'), '2023-03-20', '13:00', '15:00',
                       'Alrek helseklynge, Årstadveien 17', 'møterom Tarlebø 2F15', '2. etasje', null, 'MINUTES_APPROVED', 'KS');
select pg_temp.item('sg-2023-03-20/08', 'sg-2023-03-20', null, 1, 8, 'APPROVAL', 'Godkjenning av innkalling, sakliste og referat');
select pg_temp.item('sg-2023-03-20/09', 'sg-2023-03-20', null, 2, 9, 'DECISION', 'Årsmelding 2022 – utkast til Partnermøtet', 'BA');
select pg_temp.item('sg-2023-03-20/10', 'sg-2023-03-20', null, 3, 10, 'DECISION', 'Tilsetting i sekretariatet', null, null, null, false,
                    'EXEMPT', 'Offl. § 25', 'Personalsak');
select pg_temp.item('sg-2023-03-20/11', 'sg-2023-03-20', null, 4, 11, 'OTHER_BUSINESS', 'Eventuelt');

-- Partnermøtet 27.03.2023 (seed 000) ----------------------------------------------------------------------
select pg_temp.meeting('pm-2023-03-27', pg_temp.b('Partnermøtet'), '2023-03-27', '14:00', '16:00',
                       'Alrek helseklynge, Årstadveien 17', 'møterom Tarlebø 2F15', '2. etasje', null, 'MINUTES_FOR_COMMENT',
                       'GG', 'MH');
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'MH', 'Universitetet i Bergen, leder', true, 'DEPUTY', 1, 'GG');
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'GG', 'Universitetet i Bergen, rektorat', true, 'PRESENT', 2);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'GY', 'Høgskulen på Vestlandet', true, 'PRESENT', 3);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'EH', 'Helse Bergen', true, 'PRESENT', 4);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'KAW', 'Bergen kommune', true, 'PRESENT', 5);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'KF', 'Haraldsplass Diakonale sykehus', true, 'PRESENT', 6);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'JHK', 'NORCE', true, 'ABSENT', 7);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'GPK', 'Folkehelseinstituttet', true, 'DEPUTY', 8, 'IEG');
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'BM', 'VID vitenskapelige høgskole', true, 'PRESENT', 9);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'LM', 'Vestland fylkeskommune/ Tannhelsetjenesten', true, 'REMOTE', 10);
select pg_temp.attend('pm-2023-03-27', 'MEMBER', 'PB', 'Universitetet i Bergen - MED', true, 'PRESENT', 11);
select pg_temp.attend('pm-2023-03-27', 'OBSERVER', 'KS', 'Leder av Styringsgruppen', true, 'PRESENT', 20);
select pg_temp.attend('pm-2023-03-27', 'OBSERVER', 'BA', 'Klyngefasilitator (observatør)', true, 'PRESENT', 21);
select pg_temp.attend('pm-2023-03-27', 'SECRETARIAT', 'KW', 'Sekretariatsfunksjon UiB-MED', false, 'PRESENT', 30);
select pg_temp.item('pm-2023-03-27/01', 'pm-2023-03-27', null, 1, 1, 'APPROVAL', 'Godkjenning av innkalling og sakliste.');
select pg_temp.doc('pm-2023-03-27/01', 'Referat fra forrige møte 07.10.22', '/meetings/' || pg_temp.m('pm-2022-10-07'), 1);
select pg_temp.item('pm-2023-03-27/02', 'pm-2023-03-27', null, 2, 2, 'INFORMATION', 'Orienteringer om faglig aktivitet og utvikling av klyngen');
select pg_temp.item('pm-2023-03-27/02a', 'pm-2023-03-27', 'pm-2023-03-27/02', 1, null, 'INFORMATION', 'Presentasjon av Alrek-prosjekt',
                    'FKB', 'prosjektleder Frøydis Kristine Bruvik, Institutt for global helse og samfunnsmedisin UiB');
select pg_temp.doc('pm-2023-03-27/02a', 'Utveksling av kompetanse for styrking av fremtidens primærhelsetjeneste - Alrek (alrekhelseklynge.no)', 'https://alrekhelseklynge.no/', 1);
select pg_temp.item('pm-2023-03-27/02b', 'pm-2023-03-27', 'pm-2023-03-27/02', 2, null, 'INFORMATION', 'Orienteringer fra Styringsgruppen',
                    'KS', 'leder Karsten Specht');
select pg_temp.doc('pm-2023-03-27/02b', 'Tildeling av samarbeidsmidler 2023 - Alrek (alrekhelseklynge.no)', 'https://alrekhelseklynge.no/', 1);
select pg_temp.item('pm-2023-03-27/02c', 'pm-2023-03-27', 'pm-2023-03-27/02', 3, null, 'INFORMATION', 'Oppdateringer fra klyngefasilitator Berit Angelskår',
                    'BA');
select pg_temp.doc('pm-2023-03-27/02c', 'Digital helse-dager 24. – 25. mai', 'https://alrekhelseklynge.no/', 1);
select pg_temp.doc('pm-2023-03-27/02c', 'Studentkonferansen 7. juni', 'https://alrekhelseklynge.no/', 2);
select pg_temp.doc('pm-2023-03-27/02c', 'Alrekdagene 20. – 22. september', 'https://alrekhelseklynge.no/', 3);
select pg_temp.item('pm-2023-03-27/03', 'pm-2023-03-27', null, 3, 3, 'DECISION', 'Årsmelding 2022 – utkast fra Styringsgruppen', null, null,
                    'Saken ble behandlet i Styringsgruppen 20. mars, og ettersendt til Partnermøtet.');
select pg_temp.doc('pm-2023-03-27/03', 'Årsmelding 2022 – utkast', 'https://alrekhelseklynge.no/', 1, '2023-03-21');
select pg_temp.item('pm-2023-03-27/04', 'pm-2023-03-27', null, 4, 4, 'DISCUSSION', 'Leder for Styringsgruppen 2024-2026, aktuell prosess', 'KS');
select pg_temp.item('pm-2023-03-27/05', 'pm-2023-03-27', null, 5, 5, 'OTHER_BUSINESS', 'Eventuelt');
select pg_temp.item('pm-2023-03-27/05a', 'pm-2023-03-27', 'pm-2023-03-27/05', 1, null, 'DISCUSSION', 'Helsepersonellkommisjonen', null, null, null, true);

-- Partnermøtet October 2023: the next meeting, where the referred case is in the backlog --------------------
select pg_temp.meeting('pm-2023-10', pg_temp.b('Partnermøtet'), '2023-10-16', '14:00', '16:00',
                       'Alrek helseklynge, Årstadveien 17', 'møterom Tarlebø 2F15', '2. etasje', null, 'PLANNED');
select pg_temp.attend('pm-2023-10', 'MEMBER', code, seat, true, 'PRESENT', ord)
from (values ('MH', 'Universitetet i Bergen, leder', 1), ('GG', 'Universitetet i Bergen, rektorat', 2),
             ('GY', 'Høgskulen på Vestlandet', 3), ('EH', 'Helse Bergen', 4), ('KAW', 'Bergen kommune', 5),
             ('KF', 'Haraldsplass Diakonale sykehus', 6), ('JHK', 'NORCE', 7), ('GPK', 'Folkehelseinstituttet', 8),
             ('BM', 'VID vitenskapelige høgskole', 9), ('LM', 'Vestland fylkeskommune/ Tannhelsetjenesten', 10),
             ('PB', 'Universitetet i Bergen - MED', 11)) as seats(code, seat, ord);
select pg_temp.attend('pm-2023-10', 'OBSERVER', 'KS', 'Leder av Styringsgruppen', true, 'PRESENT', 20);
select pg_temp.attend('pm-2023-10', 'OBSERVER', 'BA', 'Klyngefasilitator (observatør)', true, 'PRESENT', 21);
select pg_temp.attend('pm-2023-10', 'SECRETARIAT', 'KW', 'Sekretariatsfunksjon UiB-MED', false, 'PRESENT', 30);
select pg_temp.item('pm-2023-10/06', 'pm-2023-10', null, 1, 6, 'APPROVAL', 'Godkjenning av innkalling, sakliste og referat fra forrige møte');
select pg_temp.doc('pm-2023-10/06', 'Referat fra Partnermøtet 27.03.2023', '/meetings/' || pg_temp.m('pm-2023-03-27'), 1);

-- Partner meeting settings: the cluster writes other bodies' cases with a prefix.
insert into meeting_settings (cluster_id, body_id, quorum_rule, case_prefix)
values (pg_temp.alrek(), pg_temp.b('Partnermøtet'), 'MORE_THAN_HALF', 'PM'),
       (pg_temp.alrek(), pg_temp.b('Styringsgruppen'), 'MORE_THAN_HALF', 'SG');
