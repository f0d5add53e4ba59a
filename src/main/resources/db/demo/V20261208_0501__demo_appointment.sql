-- Demo (profile "demo"): appointments from the seeds. Partnermøtet 27.03.2023, sak 04-23 "Leder for Styringsgruppen
-- 2024-2026, aktuell prosess": Karsten Specht leads Styringsgruppen "frem til Partnermøtet høsten 2023" (his CHAIR
-- membership to 31.12.2023 is in the clusters demo), and the process for 2024–2026 has identified the need and
-- waits for a nomination. Leder for Brukerpanelet is an assumption (the seeds name no leader): a current term that
-- ends within the warning window of the demo's "now" (December 2026), so the start page shows a warning. The
-- Klyngefasilitator is a free position (no body role of its own), held by Berit Angelskår.
do $$
declare
    a constant uuid := 'a1ec0000-0000-4000-8000-000000000001';
    styringsgruppen uuid := (select body_id from body_name where cluster_id = a and name = 'Styringsgruppen'
                             order by valid_from desc limit 1);
    brukerpanelet uuid := (select body_id from body_name where cluster_id = a and name = 'Brukerpanelet' limit 1);
    step uuid;
begin
    insert into appointment_position (id, cluster_id, name, body_id, role, term_years, position)
    values ('a7700000-0000-4000-8000-000000000001', a, 'Leder for Styringsgruppen', styringsgruppen, 'CHAIR', 3, 1),
           ('a7700000-0000-4000-8000-000000000002', a, 'Leder for Brukerpanelet', brukerpanelet, 'CHAIR', 2, 2),
           ('a7700000-0000-4000-8000-000000000003', a, 'Klyngefasilitator', null, null, 4, 3);

    insert into membership (cluster_id, body_id, person_id, role, seat, valid_from, valid_to, sort_order)
    values (a, brukerpanelet, (select id from person where cluster_id = a and code = 'FKB'), 'CHAIR',
            'Leder for Brukerpanelet', '2026-01-01', '2027-03-15', 1);

    insert into appointment_term (cluster_id, position_id, person_id, valid_from)
    values (a, 'a7700000-0000-4000-8000-000000000003', (select id from person where cluster_id = a and code = 'BA'),
            '2019-01-01');

    insert into appointment_process (id, cluster_id, position_id, term_from, term_to, step, created_at)
    values ('a7710000-0000-4000-8000-000000002024', a, 'a7700000-0000-4000-8000-000000000001', '2024-01-01',
            '2026-12-31', 'NOMINATION', '2023-03-27 16:00+02');
    insert into appointment_step (cluster_id, process_id, step, happened_on, note)
    values (a, 'a7710000-0000-4000-8000-000000002024', 'NEED_IDENTIFIED', '2023-03-27',
            'UiB avklarer om de ønsker å beholde ledelsen. GG følger opp saken.')
    returning id into step;
    insert into appointment_step_item (cluster_id, step_id, item_id)
    values (a, step, md5('item:pm-2023-03-27/04')::uuid);
end $$;
