-- Demo (profile "demo"): Alrek's budget for fellesmidler 2022, the case of seed 001, sak 22-21.
-- Both alternatives carried the coordinator's operation and the user panel's higher costs; the
-- partner share was kr 110 000 (A, kr 650 000 in collaboration funds) and kr 125 000 (B, kr 800 000).
-- 150 000 more in the pool is 15 000 more per partner, so ten partners paid, and the other lines
-- came to 10 × 110 000 − 650 000 = kr 450 000 (split here as 350 000 coordinator and 100 000 user
-- panel: an assumption; the minutes give only the sum). The ten are the organisations with a seat
-- of their own in the Arbeidsgruppe of 03.06.2021: the nine registered partners and Lederforum
-- Årstadveien 17. The budget is the basis of the first discussion (sak 16-21) and of sak 22-21,
-- which chose B "forutsatt forankring hos alle partnere". Invoices and actuals are invented examples.
do $$
declare
    a constant uuid := 'a1ec0000-0000-4000-8000-000000000001';
    b constant uuid := 'b0d90000-0000-4000-8000-000000002022';
    alt_a constant uuid := 'b0d90000-0000-4000-8000-00000002022a';
    alt_b constant uuid := 'b0d90000-0000-4000-8000-00000002022b';
    first_item uuid := md5('item:ag-2021-04/16')::uuid;
    decision_item uuid := md5('item:ag-2021-06-03/22')::uuid;
begin
    if not exists (select 1 from cluster where id = a) then
        return;
    end if;
    insert into budget (id, cluster_id, year, title, sharing)
    values (b, a, 2022, 'Budsjett for fellesmidler 2022', 'EQUAL');

    insert into budget_line (cluster_id, budget_id, kind, direction, name, amount, actual, position) values
        (a, b, 'COLLABORATION_FUNDS', 'EXPENSE', 'Samarbeidsmidler', 0, 800000, 1),
        (a, b, 'COORDINATOR', 'EXPENSE', 'Drift klyngekoordinator', 350000, 342500, 2),
        (a, b, 'USER_PANEL', 'EXPENSE', 'Brukerpanel', 100000, 104300, 3);

    insert into budget_alternative (id, cluster_id, budget_id, letter, collaboration_funds, note) values
        (alt_a, a, b, 'A', 650000, 'Samarbeidsmidler som i 2021'),
        (alt_b, a, b, 'B', 800000, 'Økte samarbeidsmidler, jf. signaler fra styringsgruppen');

    insert into budget_partner (cluster_id, budget_id, organisation_id, category, invoiced_on, paid_on)
    select a, b, o.id, o.type,
           case when o.short_name in ('FHI', 'VID') then null else date '2022-02-01' end,
           case when o.short_name in ('UiB', 'HVL', 'Helse Bergen', 'Bergen kommune', 'HDS', 'NORCE')
                then date '2022-03-01' end
    from organisation o
    where o.cluster_id = a
      and o.short_name in ('UiB', 'HVL', 'Helse Bergen', 'Bergen kommune', 'HDS', 'NORCE', 'FHI', 'VID', 'VLFK', 'Å17');

    insert into budget_item (cluster_id, budget_id, item_id)
    select a, b, i.id from agenda_item i where i.cluster_id = a and i.id in (first_item, decision_item);

    if exists (select 1 from agenda_item where cluster_id = a and id = decision_item) then
        update budget
        set adopted_alternative_id = alt_b, adopted_item_id = decision_item,
            conditions = 'Forutsatt forankring hos alle partnere', adopted_at = timestamptz '2021-06-03 15:30:00+02',
            adopted_by = 'Kristin Walter'
        where cluster_id = a and id = b;
    end if;
end $$;
