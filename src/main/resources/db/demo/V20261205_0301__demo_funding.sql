-- Demo funding (profile "demo"): the collaboration funds 2022 and the call of sak 23-21 (Arbeidsgruppen
-- 03.06.2021) in its comment round, with its conditions (a municipal partner, frikjøp) and a few
-- comments; Rebekka Ege Hegermanns fond 2023–2024; an open example call and soker's applications for
-- Høgskulen på Vestlandet with Bergen kommune as partner. Amounts other than the seed's kr 800 000,
-- the example call and the applications are invented (marked "eksempel"); see docs/demo-data.md.

create function pg_temp.fu_alrek() returns uuid language sql as $$ select 'a1ec0000-0000-4000-8000-000000000001'::uuid $$;
create function pg_temp.fu_org(wanted text) returns uuid language sql as $$
    select id from organisation where cluster_id = pg_temp.fu_alrek() and name = wanted $$;
create function pg_temp.fu_p(person_code text) returns uuid language sql as $$
    select id from person where cluster_id = pg_temp.fu_alrek() and code = person_code $$;
create function pg_temp.fu_b(wanted text) returns uuid language sql as $$
    select body_id from body_name where cluster_id = pg_temp.fu_alrek() and name = wanted order by valid_from desc limit 1 $$;

insert into fund (id, cluster_id, kind, name, year, valid_from, valid_to, amount, description)
values ('f0d00000-0000-4000-8000-000000002022', pg_temp.fu_alrek(), 'COLLABORATION', 'Samarbeidsmidler 2022', 2022, null,
        null, 800000, 'Samarbeidsmidlene i budsjettet for 2022 (alternativ B i sak 22-21).'),
       ('f0d00000-0000-4000-8000-0000000000eb', pg_temp.fu_alrek(), 'NAMED', 'Rebekka Ege Hegermanns fond 2023–2024',
        null, '2023-01-01', '2024-12-31', 200000, 'Eget fond med egen periode (beløpet er et eksempel).'),
       ('f0d00000-0000-4000-8000-000000002027', pg_temp.fu_alrek(), 'COLLABORATION', 'Samarbeidsmidler 2027', 2027, null,
        null, 800000, 'Eksempel: en åpen utlysning å søke på i demoen.');

-- The call of sak 23-21, drafted by Vurderingskomiteen, in its last comment round in Arbeidsgruppen
-- (now Styringsgruppen): "En revidert utlysningstekst sendes ut for en siste kommentarrunde."
insert into funding_call (id, cluster_id, fund_id, title, status, committee_body_id, deciding_body_id, deadline,
                          max_per_application, municipal_partner_required, buyout_max_amount, buyout_max_share,
                          created_at)
values ('ca110000-0000-4000-8000-000000002022', pg_temp.fu_alrek(), 'f0d00000-0000-4000-8000-000000002022',
        'Utlysning av samarbeidsmidler for 2022', 'COMMENT_ROUND', pg_temp.fu_b('Vurderingskomiteen'),
        pg_temp.fu_b('Styringsgruppen'), timestamptz '2021-11-01 12:00 Europe/Oslo', 150000, true, null, 0.5,
        timestamptz '2021-05-20 09:00 Europe/Oslo'),
       ('ca110000-0000-4000-8000-0000000000eb', pg_temp.fu_alrek(), 'f0d00000-0000-4000-8000-0000000000eb',
        'Rebekka Ege Hegermanns fond 2023–2024', 'DECIDED', pg_temp.fu_b('Vurderingskomiteen'),
        pg_temp.fu_b('Styringsgruppen'), timestamptz '2022-11-01 12:00 Europe/Oslo', 200000, false, null, null,
        timestamptz '2022-06-01 09:00 Europe/Oslo'),
       ('ca110000-0000-4000-8000-000000002027', pg_temp.fu_alrek(), 'f0d00000-0000-4000-8000-000000002027',
        'Samarbeidsmidler 2027 (eksempel)', 'PUBLISHED', pg_temp.fu_b('Vurderingskomiteen'),
        pg_temp.fu_b('Styringsgruppen'), date_trunc('day', now()) + interval '60 days 12 hours', 150000, true, null, 0.5,
        now());
update funding_call set published_at = now() where id = 'ca110000-0000-4000-8000-000000002027';
update funding_call set published_at = timestamptz '2022-06-15 09:00 Europe/Oslo',
                        closed_at = timestamptz '2022-11-01 12:00 Europe/Oslo',
                        decided_at = timestamptz '2023-01-20 12:00 Europe/Oslo'
where id = 'ca110000-0000-4000-8000-0000000000eb';

insert into funding_call_organisation (cluster_id, call_id, organisation_id)
select pg_temp.fu_alrek(), c.id, o.id
from funding_call c cross join organisation o
where c.cluster_id = pg_temp.fu_alrek() and o.cluster_id = pg_temp.fu_alrek()
  and exists (select 1 from partnership p where p.cluster_id = o.cluster_id and p.organisation_id = o.id);

create function pg_temp.fu_section(call_id uuid, pos integer, head text, first_text text, later_text text)
    returns void language plpgsql as $$
declare
    new_id uuid := md5('section:' || call_id || ':' || pos)::uuid;
begin
    insert into call_section (id, cluster_id, call_id, position, heading, body, version)
    values (new_id, pg_temp.fu_alrek(), call_id, pos, head, coalesce(later_text, first_text),
            case when later_text is null then 0 else 1 end);
    insert into call_section_version (cluster_id, section_id, number, heading, body, created_at, created_by)
    values (pg_temp.fu_alrek(), new_id, 1, head, first_text, timestamptz '2021-05-20 09:00 Europe/Oslo', 'sekretariat');
    if later_text is not null then
        insert into call_section_version (cluster_id, section_id, number, heading, body, created_at, created_by)
        values (pg_temp.fu_alrek(), new_id, 2, head, later_text, timestamptz '2021-06-10 09:00 Europe/Oslo', 'sekretariat');
    end if;
end $$;

select pg_temp.fu_section('ca110000-0000-4000-8000-000000002022', 1, 'Formål',
    'Alrek helseklynge lyser ut samarbeidsmidler for 2022 til prosjekter som styrker samarbeidet mellom partnerne om forskning, utdanning og tjenesteutvikling.',
    null);
select pg_temp.fu_section('ca110000-0000-4000-8000-000000002022', 2, 'Hvem kan søke',
    'Ansatte hos klyngens partnere kan søke. Prosjektet må ha minst to partnere.',
    'Ansatte hos klyngens partnere kan søke. Prosjektet må ha minst to partnere, og minst én av dem skal være en kommunepartner.');
select pg_temp.fu_section('ca110000-0000-4000-8000-000000002022', 3, 'Vilkår',
    'Det kan søkes om inntil kr 150 000 per prosjekt. Frikjøp av tid kan inngå.',
    'Det kan søkes om inntil kr 150 000 per prosjekt. Frikjøp av tid kan utgjøre inntil halvparten av søknadssummen.');
select pg_temp.fu_section('ca110000-0000-4000-8000-000000002022', 4, 'Søknadsfrist og behandling',
    'Søknadsfrist 1. november 2021 kl. 12.00. Vurderingskomiteen vurderer søknadene og foreslår tildeling.',
    null);

insert into call_comment (cluster_id, section_id, section_version, author, author_person_id, text, created_at)
values (pg_temp.fu_alrek(), md5('section:ca110000-0000-4000-8000-000000002022:2')::uuid, 2, 'teh', pg_temp.fu_p('TEH'),
        'Bra at kommunepartner er med. Bør det stå hva som regnes som en kommunepartner (også bydeler og etater)?',
        timestamptz '2021-06-14 10:12 Europe/Oslo'),
       (pg_temp.fu_alrek(), md5('section:ca110000-0000-4000-8000-000000002022:3')::uuid, 2, 'rs', pg_temp.fu_p('RS'),
        'Halvparten til frikjøp er greit, men gjelder grensen per partner eller for hele prosjektet?',
        timestamptz '2021-06-15 08:40 Europe/Oslo'),
       (pg_temp.fu_alrek(), md5('section:ca110000-0000-4000-8000-000000002022:3')::uuid, 1, 'nl', pg_temp.fu_p('NL'),
        'Med økt budsjett (sak 22-21) bør vi heller støtte flere prosjekter enn å øke maksimal søknadssum.',
        timestamptz '2021-06-03 15:10 Europe/Oslo');

insert into call_criterion (cluster_id, call_id, position, name, description, weight)
select pg_temp.fu_alrek(), c.id, x.pos, x.name, x.description, x.weight
from funding_call c cross join (values
    (1, 'Relevans for klyngens mål', 'Hvor godt prosjektet svarer på Alreks strategi.', 40),
    (2, 'Samarbeid mellom partnerne', 'Reell deltakelse fra flere partnere, også kommunen.', 30),
    (3, 'Gjennomførbarhet og videreføring', 'Plan, budsjett og muligheter for større finansiering etterpå.', 30)
) as x(pos, name, description, weight)
where c.cluster_id = pg_temp.fu_alrek();

select pg_temp.fu_section('ca110000-0000-4000-8000-0000000000eb', 1, 'Formål',
    'Rebekka Ege Hegermanns fond støtter ett prosjekt i perioden 2023–2024 om helsefremmende arbeid.', null);
select pg_temp.fu_section('ca110000-0000-4000-8000-000000002027', 1, 'Formål',
    'Eksempel på en åpen utlysning: samarbeidsmidler til prosjekter mellom klyngens partnere.', null);
select pg_temp.fu_section('ca110000-0000-4000-8000-000000002027', 2, 'Vilkår',
    'Inntil kr 150 000 per prosjekt, minst én kommunepartner, frikjøp inntil halvparten av søknadssummen.', null);

-- soker (Sara Søkersen, HVL) and two applications with Bergen kommune as partner: a submitted one to
-- the fund, and a draft to the open example call.
insert into applicant (id, cluster_id, account_id, name, email, organisation_id)
select 'a9910000-0000-4000-8000-000000000001', a.cluster_id, a.id, 'Sara Søkersen', a.email,
       pg_temp.fu_org('Høgskulen på Vestlandet')
from account a where a.cluster_id = pg_temp.fu_alrek() and a.username = 'soker';

insert into application (id, cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary, status,
                         submitted_at, created_at, updated_at)
values ('a9900000-0000-4000-8000-000000000001', pg_temp.fu_alrek(), 'ca110000-0000-4000-8000-0000000000eb',
        'a9910000-0000-4000-8000-000000000001', 'Helsefremmende nabolag (eksempel)', 'Sara Søkersen',
        'sok@alrek.example.org',
        'Eksempel: et samarbeid mellom HVL og Bergen kommune om helsefremmende møteplasser i nabolaget.',
        'SUBMITTED', timestamptz '2022-10-30 14:05 Europe/Oslo', timestamptz '2022-10-01 09:00 Europe/Oslo',
        timestamptz '2022-10-30 14:05 Europe/Oslo'),
       ('a9900000-0000-4000-8000-000000000002', pg_temp.fu_alrek(), 'ca110000-0000-4000-8000-000000002027',
        'a9910000-0000-4000-8000-000000000001', 'Digital oppfølging av hjemmeboende eldre (eksempel)',
        'Sara Søkersen', 'sok@alrek.example.org',
        'Eksempel: HVL og Bergen kommune prøver ut digital oppfølging i hjemmetjenesten.', 'DRAFT', null, now(), now());

insert into application_organisation (cluster_id, application_id, organisation_id, role)
select pg_temp.fu_alrek(), a.id, pg_temp.fu_org(x.name), x.role
from application a cross join (values ('Høgskulen på Vestlandet', 'LEAD'), ('Bergen kommune', 'PARTNER')) as x(name, role)
where a.applicant_id = 'a9910000-0000-4000-8000-000000000001';

insert into application_person (cluster_id, application_id, role, name, email, person_id, organisation_id)
select pg_temp.fu_alrek(), a.id, 'LEAD', 'Sara Søkersen', 'sok@alrek.example.org', pg_temp.fu_p('SØK'),
       pg_temp.fu_org('Høgskulen på Vestlandet')
from application a where a.applicant_id = 'a9910000-0000-4000-8000-000000000001';

insert into application_budget_line (cluster_id, application_id, position, kind, description, organisation_id, amount)
select pg_temp.fu_alrek(), a.id, x.pos, x.kind, x.description, pg_temp.fu_org(x.org), x.amount
from application a cross join (values
    (1, 'BUYOUT', 'Frikjøp prosjektleder', 'Høgskulen på Vestlandet', 60000),
    (2, 'BUYOUT', 'Frikjøp kommunal koordinator', 'Bergen kommune', 30000),
    (3, 'OPERATING', 'Workshops og materiell', null, 40000)
) as x(pos, kind, description, org, amount)
where a.applicant_id = 'a9910000-0000-4000-8000-000000000001';

-- A small PDF attached to the draft (an example project plan).
insert into application_attachment (cluster_id, application_id, file_name, size_bytes, sha256, content, uploaded_by)
select pg_temp.fu_alrek(), 'a9900000-0000-4000-8000-000000000002', 'prosjektplan-eksempel.pdf', length(pdf), encode(sha256(pdf), 'hex'),
       pdf, 'soker'
from (select convert_to('%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
trailer << /Root 1 0 R >>
%%EOF
', 'UTF8') as pdf) as f;
