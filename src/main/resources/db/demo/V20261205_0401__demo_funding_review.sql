-- Demo of the review (issue 15, requirement 7): a closed call "Samarbeidsmidler 2027 (vurdering)"
-- of its own fund, reviewed by the review committee "Vurderingskomiteen" (leder: Margareth
-- Hagen, account "leder"), with four submitted applications (invented, marked as examples):
--   ...0401 soker's application led by Høgskulen på Vestlandet: fagfelle (HVL) is recused (organisation)
--   ...0402 led by Helse Bergen: fagfelle scores it (the browser test does)
--   ...0403 led by NORCE, Finn Fagfelle named as participant: fagfelle is recused (named person)
--   ...0404 led by Haraldsplass Diakonale sykehus
-- leder has scored and submitted all four, so the committee page has a ranking. Fixed ids so that
-- tests and the other demo data can name them.
do $$
declare
    a constant uuid := 'a1ec0000-0000-4000-8000-000000000001';
    fund_id constant uuid := 'f0d40000-0000-4000-8000-000000000001';
    call_id constant uuid := 'f0d40000-0000-4000-8000-000000000002';
    -- the cluster's own review committee (demo clusters), which had no members yet
    committee constant uuid := (select body_id from body_name where cluster_id = a and name = 'Vurderingskomiteen' order by valid_from limit 1);
    hvl uuid := (select id from organisation where cluster_id = a and name = 'Høgskulen på Vestlandet');
    hb uuid := (select id from organisation where cluster_id = a and name = 'Helse Bergen');
    bk uuid := (select id from organisation where cluster_id = a and name = 'Bergen kommune');
    norce uuid := (select id from organisation where cluster_id = a and name = 'NORCE');
    uib uuid := (select id from organisation where cluster_id = a and name = 'Universitetet i Bergen');
    hds uuid := (select id from organisation where cluster_id = a and name = 'Haraldsplass Diakonale sykehus');
    styring uuid := (select body_id from body_name where cluster_id = a and name = 'Styringsgruppen' order by valid_from desc limit 1);
    soker_account uuid := (select id from account where cluster_id = a and username = 'soker');
    fagfelle_account uuid := (select id from account where cluster_id = a and username = 'fagfelle');
    leder_account uuid := (select id from account where cluster_id = a and username = 'leder');
    faf uuid := (select id from person where cluster_id = a and code = 'FAF');
    soker_applicant uuid;
    other_applicant uuid;
    other_person uuid;
    other_account uuid;
    c1 uuid := 'f0d40000-0000-4000-8000-000000000011';
    c2 uuid := 'f0d40000-0000-4000-8000-000000000012';
    c3 uuid := 'f0d40000-0000-4000-8000-000000000013';
    app uuid;
    assignment uuid;
    i integer;
    scores integer[][] := array[[6, 5, 6], [5, 6, 4], [4, 4, 5], [5, 6, 4]];
begin
    insert into membership (cluster_id, body_id, person_id, role, seat, organisation_id, valid_from, sort_order)
    select a, committee, p.id, 'CHAIR', 'Leder', uib, '2026-01-01', 1 from person p where p.cluster_id = a and p.code = 'MH';
    insert into membership (cluster_id, body_id, person_id, role, seat, organisation_id, valid_from, sort_order)
    select a, committee, p.id, 'MEMBER', 'Medlem', uib, '2026-01-01', 2 from person p where p.cluster_id = a and p.code = 'RB';

    insert into fund (id, cluster_id, kind, name, year, amount, description)
    values (fund_id, a, 'COLLABORATION', 'Samarbeidsmidler 2027 (vurdering)', 2027, 300000,
            'Eksempel: samarbeidsmidler for 2027, brukt til å vise vurderingen.');
    insert into funding_call (id, cluster_id, fund_id, title, status, committee_body_id, deciding_body_id, deadline,
                              max_per_application, municipal_partner_required, adopted_item_id, adopted_at,
                              published_at, closed_at)
    values (call_id, a, fund_id, 'Utlysning av samarbeidsmidler 2027 (eksempel)', 'CLOSED', committee, styring,
            timestamptz '2026-10-01 12:00 Europe/Oslo', 150000, true, md5('item:' || 'pm-2023-03-27/04')::uuid,
            timestamptz '2026-05-01 12:00 Europe/Oslo', timestamptz '2026-05-02 12:00 Europe/Oslo',
            timestamptz '2026-10-01 12:00 Europe/Oslo');
    insert into call_criterion (id, cluster_id, call_id, position, name, description, weight) values
        (c1, a, call_id, 1, 'Relevans for klyngen', 'Hvor godt prosjektet svarer på klyngens mål.', 40),
        (c2, a, call_id, 2, 'Samarbeid på tvers', 'Kommunal partner og partnere fra flere sektorer.', 35),
        (c3, a, call_id, 3, 'Gjennomførbarhet', 'Plan, budsjett og frikjøp.', 25);

    insert into applicant (cluster_id, account_id, name, email, organisation_id)
    values (a, soker_account, 'Sara Søkersen', 'sok@alrek.example.org', hvl)
    on conflict (cluster_id, account_id) do nothing;
    soker_applicant := (select id from applicant where cluster_id = a and account_id = soker_account);

    insert into person (cluster_id, code, name, title, email)
    values (a, 'HBS', 'Hanne Berg Søker', 'Forsker', 'hbs@alrek.example.org') returning id into other_person;
    insert into affiliation (cluster_id, person_id, organisation_id, valid_from) values (a, other_person, hb, '2024-01-01');
    -- an applicant without a password (no demo login): the owner of the other applications
    insert into account (cluster_id, username, email, password_hash, person_id, applicant)
    values (a, 'soker2', 'hbs@alrek.example.org', null, other_person, true) returning id into other_account;
    insert into applicant (cluster_id, account_id, name, email, organisation_id)
    values (a, other_account, 'Hanne Berg Søker', 'hbs@alrek.example.org', hb) returning id into other_applicant;

    insert into application (id, cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary, status, submitted_at)
    values
        ('f0d40000-0000-4000-8000-000000000401', a, call_id, soker_applicant,
         'Digital hjemmeoppfølging etter utskriving (eksempel)', 'Sara Søkersen', 'sok@alrek.example.org',
         'Eksempel: sykepleiestudenter og hjemmetjenesten prøver ut digital oppfølging de første ukene etter utskriving.',
         'SUBMITTED', timestamptz '2026-09-20 10:00 Europe/Oslo'),
        ('f0d40000-0000-4000-8000-000000000402', a, call_id, other_applicant,
         'Felles kompetanseløft i legemiddelgjennomgang (eksempel)', 'Hanne Berg Søker', 'hbs@alrek.example.org',
         'Eksempel: sykehus og kommune lager et felles opplegg for legemiddelgjennomgang i sykehjem.',
         'SUBMITTED', timestamptz '2026-09-25 10:00 Europe/Oslo'),
        ('f0d40000-0000-4000-8000-000000000403', a, call_id, other_applicant,
         'Brukerstyrt innovasjon i rehabilitering (eksempel)', 'Hanne Berg Søker', 'hbs@alrek.example.org',
         'Eksempel: brukerpanelet og forskere utvikler tiltak sammen med rehabiliteringstjenesten.',
         'SUBMITTED', timestamptz '2026-09-26 10:00 Europe/Oslo'),
        ('f0d40000-0000-4000-8000-000000000404', a, call_id, other_applicant,
         'Munnhelse hos eldre innlagte (eksempel)', 'Hanne Berg Søker', 'hbs@alrek.example.org',
         'Eksempel: sykehuset og kommunens tannhelsetjeneste kartlegger munnhelse hos eldre innlagte.',
         'SUBMITTED', timestamptz '2026-09-27 10:00 Europe/Oslo');
    insert into application_organisation (cluster_id, application_id, organisation_id, role) values
        (a, 'f0d40000-0000-4000-8000-000000000401', hvl, 'LEAD'),
        (a, 'f0d40000-0000-4000-8000-000000000401', bk, 'PARTNER'),
        (a, 'f0d40000-0000-4000-8000-000000000402', hb, 'LEAD'),
        (a, 'f0d40000-0000-4000-8000-000000000402', bk, 'PARTNER'),
        (a, 'f0d40000-0000-4000-8000-000000000403', norce, 'LEAD'),
        (a, 'f0d40000-0000-4000-8000-000000000403', bk, 'PARTNER'),
        (a, 'f0d40000-0000-4000-8000-000000000404', hds, 'LEAD'),
        (a, 'f0d40000-0000-4000-8000-000000000404', bk, 'PARTNER');
    insert into application_person (cluster_id, application_id, role, name, email, person_id, organisation_id) values
        (a, 'f0d40000-0000-4000-8000-000000000401', 'LEAD', 'Sara Søkersen', 'sok@alrek.example.org', null, hvl),
        (a, 'f0d40000-0000-4000-8000-000000000402', 'LEAD', 'Hanne Berg Søker', 'hbs@alrek.example.org', other_person, hb),
        (a, 'f0d40000-0000-4000-8000-000000000403', 'LEAD', 'Hanne Berg Søker', 'hbs@alrek.example.org', other_person, hb),
        (a, 'f0d40000-0000-4000-8000-000000000403', 'PARTICIPANT', 'Finn Fagfelle', 'faf@alrek.example.org', faf, null),
        (a, 'f0d40000-0000-4000-8000-000000000404', 'LEAD', 'Hanne Berg Søker', 'hbs@alrek.example.org', other_person, hb);
    insert into application_budget_line (cluster_id, application_id, position, kind, description, organisation_id, amount) values
        (a, 'f0d40000-0000-4000-8000-000000000401', 1, 'BUYOUT', 'Frikjøp prosjektleder', hvl, 80000),
        (a, 'f0d40000-0000-4000-8000-000000000401', 2, 'OPERATING', 'Utstyr og reiser', null, 40000),
        (a, 'f0d40000-0000-4000-8000-000000000402', 1, 'BUYOUT', 'Frikjøp farmasøyt', hb, 90000),
        (a, 'f0d40000-0000-4000-8000-000000000402', 2, 'OPERATING', 'Samlinger', null, 30000),
        (a, 'f0d40000-0000-4000-8000-000000000403', 1, 'OPERATING', 'Workshops med brukere', null, 100000),
        (a, 'f0d40000-0000-4000-8000-000000000404', 1, 'BUYOUT', 'Frikjøp tannpleier', hds, 70000),
        (a, 'f0d40000-0000-4000-8000-000000000404', 2, 'OTHER', 'Kartleggingsverktøy', null, 50000);

    -- leder has scored everything; fagfelle is assigned to three, two of them with a detected conflict
    for i in 1..4 loop
        app := ('f0d40000-0000-4000-8000-00000000040' || i)::uuid;
        insert into review_assignment (cluster_id, call_id, application_id, account_id, assigned_by, submitted_at)
        values (a, call_id, app, leder_account, 'sekretariat', timestamptz '2026-10-15 12:00 Europe/Oslo')
        returning id into assignment;
        insert into review_score (cluster_id, assignment_id, criterion_id, score, comment) values
            (a, assignment, c1, scores[i][1], 'Eksempel: vurdering av relevans.'),
            (a, assignment, c2, scores[i][2], 'Eksempel: vurdering av samarbeidet.'),
            (a, assignment, c3, scores[i][3], 'Eksempel: vurdering av gjennomførbarhet.');
    end loop;
    insert into review_assignment (cluster_id, call_id, application_id, account_id, assigned_by) values
        (a, call_id, 'f0d40000-0000-4000-8000-000000000401', fagfelle_account, 'sekretariat'),
        (a, call_id, 'f0d40000-0000-4000-8000-000000000402', fagfelle_account, 'sekretariat'),
        (a, call_id, 'f0d40000-0000-4000-8000-000000000403', fagfelle_account, 'sekretariat');
    insert into review_conflict (cluster_id, application_id, account_id, kind, reason, recorded_by) values
        (a, 'f0d40000-0000-4000-8000-000000000401', fagfelle_account, 'ORGANISATION', 'Høgskulen på Vestlandet', 'system'),
        (a, 'f0d40000-0000-4000-8000-000000000403', fagfelle_account, 'NAMED_PERSON', 'Finn Fagfelle', 'system');
end $$;
