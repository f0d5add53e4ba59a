-- Demo awards 2023 (issue 15, requirements 8–10): "9 prosjekter er tildelt midler for 2023" and one
-- project from Rebekka Ege Hegermanns fond 2023–2024 (seed 002, Partnermøtet 27.03.2023). The fund,
-- the call and the applications are invented and marked "(eksempel)"; the amounts sum to the
-- fund's kr 800 000. Fixed ids so that projects, reports and follow-on funding can name them:
--   fund f0d00000-…-000000002023, call ca110000-…-000000002023 (DECIDED),
--   applications a9923000-…-0000000000NN (NN 01–11), awards aa230000-…-0000000000NN (NN 01–09),
--   applications 10 and 11 not awarded; the fund's project: award aa230000-…-0000000000eb on the
--   existing application a9900000-…-000000000001. soker applies for 01; soker2 for the others.
do $$
declare
    a constant uuid := 'a1ec0000-0000-4000-8000-000000000001';
    fund_id constant uuid := 'f0d00000-0000-4000-8000-000000002023';
    call_id constant uuid := 'ca110000-0000-4000-8000-000000002023';
    committee constant uuid := (select body_id from body_name where cluster_id = a and name = 'Vurderingskomiteen' order by valid_from limit 1);
    styring constant uuid := (select body_id from body_name where cluster_id = a and name = 'Styringsgruppen' order by valid_from desc limit 1);
    soker_applicant constant uuid := 'a9910000-0000-4000-8000-000000000001';
    other_applicant constant uuid := (select ap.id from applicant ap join account ac on ac.cluster_id = ap.cluster_id and ac.id = ap.account_id
                                      where ap.cluster_id = a and ac.username = 'soker2');
    p record;
    app uuid;
begin
    insert into fund (id, cluster_id, kind, name, year, amount, description)
    values (fund_id, a, 'COLLABORATION', 'Samarbeidsmidler 2023', 2023, 800000,
            'Samarbeidsmidlene i budsjettet for 2023 (beløpet som i 2022, alternativ B).');
    insert into funding_call (id, cluster_id, fund_id, title, status, committee_body_id, deciding_body_id, deadline,
                              max_per_application, municipal_partner_required, buyout_max_share, created_at,
                              published_at, closed_at, decided_at)
    values (call_id, a, fund_id, 'Utlysning av samarbeidsmidler for 2023', 'DECIDED', committee, styring,
            timestamptz '2022-11-01 12:00 Europe/Oslo', 150000, true, 0.5, timestamptz '2022-05-20 09:00 Europe/Oslo',
            timestamptz '2022-06-15 09:00 Europe/Oslo', timestamptz '2022-11-01 12:00 Europe/Oslo',
            timestamptz '2023-01-20 12:00 Europe/Oslo');
    insert into call_section (id, cluster_id, call_id, position, heading, body, version)
    values (md5('section:' || call_id || ':1')::uuid, a, call_id, 1, 'Formål',
            'Samarbeidsmidler for 2023 til prosjekter mellom klyngens partnere, med minst én kommunal partner.', 0);

    for p in select * from (values
        ('01', 'Digital hjemmeoppfølging etter utskriving', 'Høgskulen på Vestlandet', 'Bergen kommune', 100000, true),
        ('02', 'Felles praksisarena for helsefagstudenter', 'Universitetet i Bergen', 'Bergen kommune', 95000, true),
        ('03', 'Legemiddelgjennomgang i sykehjem', 'Helse Bergen', 'Bergen kommune', 90000, true),
        ('04', 'Munnhelse hos eldre innlagte', 'Haraldsplass Diakonale sykehus', 'Bergen kommune', 80000, true),
        ('05', 'Brukermedvirkning i rehabilitering', 'NORCE', 'Bergen kommune', 85000, true),
        ('06', 'Vaksinasjonsdekning i bydelene', 'Folkehelseinstituttet', 'Bergen kommune', 75000, true),
        ('07', 'Helsekompetanse blant innvandrerkvinner', 'VID vitenskapelige høgskole', 'Bergen kommune', 90000, true),
        ('08', 'Tannhelse for barn i barnevernet', 'Vestland fylkeskommune', 'Bergen kommune', 95000, true),
        ('09', 'Kunstig intelligens i triage på legevakten', 'Universitetet i Bergen', 'Bergen kommune', 90000, true),
        ('10', 'Sosiale medier og ungdoms psykiske helse', 'Høgskulen på Vestlandet', 'Bergen kommune', 150000, false),
        ('11', 'Sykkel til jobb for helsepersonell', 'Helse Bergen', 'Bergen kommune', 120000, false)
    ) as x(nn, title, lead_org, partner_org, amount, awarded) loop
        app := ('a9923000-0000-4000-8000-0000000000' || p.nn)::uuid;
        insert into application (id, cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary, status,
                                 submitted_at, created_at, updated_at)
        values (app, a, call_id, case when p.nn = '01' then soker_applicant else other_applicant end,
                p.title || ' (eksempel)',
                case when p.nn = '01' then 'Sara Søkersen' else 'Prosjektleder ' || p.nn || ' (eksempel)' end,
                case when p.nn = '01' then 'sok@alrek.example.org' else 'prosjekt' || p.nn || '@alrek.example.org' end,
                'Eksempel: ' || p.lead_org || ' og ' || p.partner_org || ' samarbeider om ' || lower(p.title) || '.',
                'SUBMITTED', timestamptz '2022-10-28 12:00 Europe/Oslo', timestamptz '2022-09-01 09:00 Europe/Oslo',
                timestamptz '2022-10-28 12:00 Europe/Oslo');
        insert into application_organisation (cluster_id, application_id, organisation_id, role)
        select a, app, o.id, case when o.name = p.lead_org then 'LEAD' else 'PARTNER' end
        from organisation o where o.cluster_id = a and o.name in (p.lead_org, p.partner_org);
        insert into application_person (cluster_id, application_id, role, name, email, organisation_id)
        select a, app, 'LEAD', ap.lead_name, ap.lead_email, o.id
        from application ap, organisation o where ap.id = app and o.cluster_id = a and o.name = p.lead_org;
        insert into application_budget_line (cluster_id, application_id, position, kind, description, organisation_id, amount)
        select a, app, 1, 'BUYOUT', 'Frikjøp prosjektleder', o.id, p.amount / 2
        from organisation o where o.cluster_id = a and o.name = p.lead_org;
        insert into application_budget_line (cluster_id, application_id, position, kind, description, organisation_id, amount)
        values (a, app, 2, 'OPERATING', 'Samlinger, reiser og materiell', null, p.amount - p.amount / 2);
        if p.awarded then
            insert into funding_award (id, cluster_id, call_id, application_id, amount, decided_at, decided_by)
            values (('aa230000-0000-4000-8000-0000000000' || p.nn)::uuid, a, call_id, app, p.amount,
                    timestamptz '2023-01-20 12:00 Europe/Oslo', 'sekretariat');
        end if;
    end loop;

    -- Rebekka Ege Hegermanns fond 2023–2024: soker's submitted application gets the fund's kr 200 000
    insert into funding_award (id, cluster_id, call_id, application_id, amount, decided_at, decided_by)
    values ('aa230000-0000-4000-8000-0000000000eb', a, 'ca110000-0000-4000-8000-0000000000eb',
            'a9900000-0000-4000-8000-000000000001', 200000, timestamptz '2023-01-20 12:00 Europe/Oslo', 'sekretariat');
end $$;
