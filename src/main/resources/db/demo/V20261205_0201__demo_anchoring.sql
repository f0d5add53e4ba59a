-- Demo (profile "demo"): the anchoring of the 2022 budget, alternative B (Arbeidsgruppen 03.06.2021, sak 22-21:
-- "Forutsatt forankring hos alle partnere ... Alle partnere får en skriftlig henvendelse"). The subject is the
-- budget module's demo budget (kind "budget"; no foreign key: anchoring does not know budgets). In progress: four
-- partners confirmed, Bergen kommune declined with a comment, the rest have not answered (UiB and HVL are the demo
-- accounts leder and medlem, who can answer from "Forankring: forespørsler til meg"). Vestland fylkeskommune has
-- no seat of its own in Partnermøtet, so the secretariat chose its representative.
insert into anchoring_case (id, cluster_id, subject_kind, subject_id, title, path, answer_by, opened_at, opened_by)
values ('a4c40000-0000-4000-8000-000000002022', 'a1ec0000-0000-4000-8000-000000000001', 'budget',
        'b0d90000-0000-4000-8000-000000002022', 'Budsjett 2022, alternativ B',
        '/budgets/b0d90000-0000-4000-8000-000000002022', '2021-08-31', '2021-06-07 09:00+02', 'sekretariat');

create function pg_temp.anchoring_request(org_name text, person_code text, chosen boolean, answer text,
                                          answer_comment text, answered timestamptz) returns uuid
    language sql as $$
    insert into anchoring_request (cluster_id, case_id, organisation_id, representative_person_id,
                                   representative_chosen, sent_at, answer, answer_comment, answered_at)
    values ('a1ec0000-0000-4000-8000-000000000001', 'a4c40000-0000-4000-8000-000000002022',
            (select id from organisation where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and name = org_name),
            (select id from person where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and code = person_code),
            chosen, '2021-06-07 09:00+02', answer, answer_comment, answered)
    returning id $$;

do $$
declare
    hds uuid;
begin
    perform pg_temp.anchoring_request('Universitetet i Bergen', 'MH', false, null, null, null);
    perform pg_temp.anchoring_request('Høgskulen på Vestlandet', 'GY', false, null, null, null);
    perform pg_temp.anchoring_request('Helse Bergen', 'EH', false, 'CONFIRMED', null, '2021-06-10 13:20+02');
    perform pg_temp.anchoring_request('Bergen kommune', 'KAW', false, 'DECLINED',
        'Bergen kommune kan ikke binde seg til kr 125 000 for 2022 før bystyret har vedtatt budsjettet i desember. '
        || 'Vi kan bekrefte alternativ A (kr 110 000) nå.', '2021-06-21 10:05+02');
    hds := pg_temp.anchoring_request('Haraldsplass Diakonale sykehus', 'KF', false, null, null, null);
    perform pg_temp.anchoring_request('NORCE', 'JHK', false, 'CONFIRMED', 'Bekreftet av administrerende direktør.',
        '2021-06-14 08:45+02');
    perform pg_temp.anchoring_request('Folkehelseinstituttet', 'GPK', false, 'CONFIRMED', null, '2021-06-15 15:30+02');
    perform pg_temp.anchoring_request('VID vitenskapelige høgskole', 'BM', false, 'CONFIRMED', null,
        '2021-06-18 11:10+02');
    perform pg_temp.anchoring_request('Vestland fylkeskommune', 'LM', true, null, null, null);

    insert into anchoring_comment (cluster_id, request_id, text, written_at, written_by)
    values ('a1ec0000-0000-4000-8000-000000000001', hds,
            'Vi tar saken opp i ledermøtet 24. juni og svarer etter det.', '2021-06-16 09:12+02', 'demo');
    insert into anchoring_reminder (cluster_id, request_id, sent_on, sent_at, sent_by)
    values ('a1ec0000-0000-4000-8000-000000000001', hds, '2021-08-28', '2021-08-28 07:15+02', 'system');
end $$;
