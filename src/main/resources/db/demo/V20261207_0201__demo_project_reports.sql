-- Demo project reports (issue 15, requirement 8): due dates for the ten demo projects (the nine
-- 2023 awards and the Hegermann fund's project), set relative to the day the demo is installed so
-- that the demo always shows a mix: soker's project 01 has a submitted progress report waiting for
-- approval, project 02 an approved one, project 03 an overdue one; the rest are due in a month
-- (progress) and four months (final; the named fund's ten). Texts are examples.
do $$
declare
    a constant uuid := 'a1ec0000-0000-4000-8000-000000000001';
    p record;
    report uuid;
begin
    for p in select * from (values
        ('01', -5, 120, 'SUBMITTED'), ('02', -60, 120, 'APPROVED'), ('03', -14, 120, 'DUE'),
        ('04', 30, 120, 'DUE'), ('05', 30, 120, 'DUE'), ('06', 30, 120, 'DUE'), ('07', 30, 120, 'DUE'),
        ('08', 30, 120, 'DUE'), ('09', 30, 120, 'DUE'), ('eb', 30, 300, 'DUE')
    ) as x(nn, progress_days, final_days, progress_status) loop
        report := ('a4e90000-0000-4000-8000-0000000001' || p.nn)::uuid;
        insert into project_report (id, cluster_id, award_id, kind, due_on, status, version)
        values (report, a, ('aa230000-0000-4000-8000-0000000000' || p.nn)::uuid, 'PROGRESS',
                current_date + p.progress_days, p.progress_status, case when p.progress_status = 'DUE' then 0 else 1 end);
        insert into project_report (id, cluster_id, award_id, kind, due_on)
        values (('a4e90000-0000-4000-8000-0000000002' || p.nn)::uuid, a,
                ('aa230000-0000-4000-8000-0000000000' || p.nn)::uuid, 'FINAL', current_date + p.final_days);
        if p.progress_status <> 'DUE' then
            insert into project_report_version (id, cluster_id, report_id, number, text, file_name, file_size,
                                                file_sha256, file_content, submitted_at, submitted_by, decision,
                                                decided_at, decided_by)
            values (('a4e90000-0000-4000-8000-0000000003' || p.nn)::uuid, a, report, 1,
                    'Eksempel: Prosjektet er i rute. Vi har hatt to samlinger med partnerne og startet datainnsamlingen. '
                    || 'Neste halvår skriver vi sluttrapporten og planlegger en søknad om videre finansiering.',
                    'framdriftsrapport.pdf', 27, 'eksempel',
                    convert_to('%PDF-1.4' || chr(10) || '% eksempelrapport' || chr(10), 'UTF8'),
                    now() - interval '3 days', case when p.nn = '01' then 'soker' else 'soker2' end,
                    case when p.progress_status = 'APPROVED' then 'APPROVED' end,
                    case when p.progress_status = 'APPROVED' then now() - interval '1 day' end,
                    case when p.progress_status = 'APPROVED' then 'sekretariat' end);
        end if;
    end loop;
end $$;
