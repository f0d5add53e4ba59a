-- Demo (profile "demo"): the date poll of Arbeidsgruppen 03.06.2021, sak 26-21 ("Aktuelle møtedager for første
-- møte til høsten er 26.8 eller 2.9. Sekretariatet sender ut en digital spørring med forslag til møtetider for alle
-- tre møter i høst."). Three slots with two options each, sent 07.06.2021 to the members, the deputy and the
-- observers of that time (Arbeidsgruppen is today's Styringsgruppen); seven have answered, the rest have not. It
-- is OPEN, so the demo can answer it and close it into three meetings with calendar invitations. Every invitee's
-- demo link is /polls/answer/demo-poll-2021-<code in lower case> (e.g. demo-poll-2021-rs for Randi Skår, who has
-- not answered); only the links' SHA-256 is stored, as for real links.
insert into poll (id, cluster_id, body_id, title, description, status, show_names, answer_by, created_by, created_at)
values ('da7e0000-0000-4000-8000-000000002021', 'a1ec0000-0000-4000-8000-000000000001',
        (select body_id from body_name where cluster_id = 'a1ec0000-0000-4000-8000-000000000001'
                                         and name = 'Arbeidsgruppen'),
        'Møtetider høsten 2021',
        'Forslag til møtetider for alle tre møter i Arbeidsgruppen i høst (sak 26-21). Første møte blir 26.8 eller 2.9.',
        'OPEN', false, '2021-06-25', 'sekretariat', '2021-06-07 09:00+02');

insert into poll_slot (id, cluster_id, poll_id, label, sort_order)
values ('da7e0001-0000-4000-8000-000000002021', 'a1ec0000-0000-4000-8000-000000000001',
        'da7e0000-0000-4000-8000-000000002021', 'Møte 1', 1),
       ('da7e0002-0000-4000-8000-000000002021', 'a1ec0000-0000-4000-8000-000000000001',
        'da7e0000-0000-4000-8000-000000002021', 'Møte 2', 2),
       ('da7e0003-0000-4000-8000-000000002021', 'a1ec0000-0000-4000-8000-000000000001',
        'da7e0000-0000-4000-8000-000000002021', 'Møte 3', 3);

insert into poll_option (id, cluster_id, poll_id, slot_id, option_date, starts_at, ends_at)
select o.id::uuid, 'a1ec0000-0000-4000-8000-000000000001', 'da7e0000-0000-4000-8000-000000002021', o.slot::uuid,
       o.day::date, '14:00', '15:30'
from (values ('da7e0101-0000-4000-8000-000000002021', 'da7e0001-0000-4000-8000-000000002021', '2021-08-26'),
             ('da7e0102-0000-4000-8000-000000002021', 'da7e0001-0000-4000-8000-000000002021', '2021-09-02'),
             ('da7e0201-0000-4000-8000-000000002021', 'da7e0002-0000-4000-8000-000000002021', '2021-10-21'),
             ('da7e0202-0000-4000-8000-000000002021', 'da7e0002-0000-4000-8000-000000002021', '2021-10-28'),
             ('da7e0301-0000-4000-8000-000000002021', 'da7e0003-0000-4000-8000-000000002021', '2021-12-02'),
             ('da7e0302-0000-4000-8000-000000002021', 'da7e0003-0000-4000-8000-000000002021', '2021-12-09'))
         as o(id, slot, day);

-- The body's people on the day the poll went out, once each (PBG has two seats), the deputy with whom she stands in for.
insert into poll_invitee (cluster_id, poll_id, person_id, deputy_for_person_id, name, email, invited_at)
select distinct on (p.id) p.cluster_id, 'da7e0000-0000-4000-8000-000000002021', p.id, d.person_id, p.name, p.email,
       timestamptz '2021-06-07 09:00+02'
from membership m
join person p on p.cluster_id = m.cluster_id and p.id = m.person_id
left join membership d on d.cluster_id = m.cluster_id and d.id = m.deputy_for_id
where m.cluster_id = 'a1ec0000-0000-4000-8000-000000000001'
  and m.body_id = (select body_id from body_name where cluster_id = 'a1ec0000-0000-4000-8000-000000000001'
                                                  and name = 'Arbeidsgruppen')
  and m.role <> 'SECRETARIAT' and m.valid_from <= '2021-06-07' and (m.valid_to is null or m.valid_to >= '2021-06-07')
  and p.email is not null
order by p.id, m.sort_order;

insert into poll_link (cluster_id, invitee_id, token_hash, created_at)
select i.cluster_id, i.id, encode(sha256(convert_to('demo-poll-2021-' || lower(p.code), 'UTF8')), 'hex'), i.invited_at
from poll_invitee i join person p on p.cluster_id = i.cluster_id and p.id = i.person_id
where i.poll_id = 'da7e0000-0000-4000-8000-000000002021';

-- Seven answers: 26.8 suits most, 28.10 and 2.12 the most with an "if need be" or two.
insert into poll_answer (cluster_id, invitee_id, option_id, answer, changed_at)
select i.cluster_id, i.id, a.option::uuid, a.answer, a.at::timestamptz
from (values ('NL', 'da7e0101-0000-4000-8000-000000002021', 'YES', '2021-06-07 10:12+02'),
             ('NL', 'da7e0102-0000-4000-8000-000000002021', 'NO', '2021-06-07 10:12+02'),
             ('NL', 'da7e0201-0000-4000-8000-000000002021', 'YES', '2021-06-07 10:12+02'),
             ('NL', 'da7e0202-0000-4000-8000-000000002021', 'YES', '2021-06-07 10:12+02'),
             ('NL', 'da7e0301-0000-4000-8000-000000002021', 'YES', '2021-06-07 10:12+02'),
             ('NL', 'da7e0302-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-07 10:12+02'),
             ('BW', 'da7e0101-0000-4000-8000-000000002021', 'YES', '2021-06-08 08:30+02'),
             ('BW', 'da7e0102-0000-4000-8000-000000002021', 'YES', '2021-06-08 08:30+02'),
             ('BW', 'da7e0201-0000-4000-8000-000000002021', 'NO', '2021-06-08 08:30+02'),
             ('BW', 'da7e0202-0000-4000-8000-000000002021', 'YES', '2021-06-08 08:30+02'),
             ('BW', 'da7e0301-0000-4000-8000-000000002021', 'YES', '2021-06-08 08:30+02'),
             ('BW', 'da7e0302-0000-4000-8000-000000002021', 'YES', '2021-06-08 08:30+02'),
             ('TEH', 'da7e0101-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-08 13:05+02'),
             ('TEH', 'da7e0102-0000-4000-8000-000000002021', 'YES', '2021-06-08 13:05+02'),
             ('TEH', 'da7e0201-0000-4000-8000-000000002021', 'YES', '2021-06-08 13:05+02'),
             ('TEH', 'da7e0202-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-08 13:05+02'),
             ('TEH', 'da7e0301-0000-4000-8000-000000002021', 'NO', '2021-06-08 13:05+02'),
             ('TEH', 'da7e0302-0000-4000-8000-000000002021', 'YES', '2021-06-08 13:05+02'),
             ('RLM', 'da7e0101-0000-4000-8000-000000002021', 'YES', '2021-06-09 09:40+02'),
             ('RLM', 'da7e0102-0000-4000-8000-000000002021', 'NO', '2021-06-09 09:40+02'),
             ('RLM', 'da7e0201-0000-4000-8000-000000002021', 'YES', '2021-06-09 09:40+02'),
             ('RLM', 'da7e0202-0000-4000-8000-000000002021', 'YES', '2021-06-09 09:40+02'),
             ('RLM', 'da7e0301-0000-4000-8000-000000002021', 'YES', '2021-06-09 09:40+02'),
             ('RLM', 'da7e0302-0000-4000-8000-000000002021', 'NO', '2021-06-09 09:40+02'),
             ('ØV', 'da7e0101-0000-4000-8000-000000002021', 'YES', '2021-06-10 15:20+02'),
             ('ØV', 'da7e0102-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-10 15:20+02'),
             ('ØV', 'da7e0202-0000-4000-8000-000000002021', 'YES', '2021-06-10 15:20+02'),
             ('ØV', 'da7e0301-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-10 15:20+02'),
             ('AL', 'da7e0101-0000-4000-8000-000000002021', 'NO', '2021-06-11 11:00+02'),
             ('AL', 'da7e0102-0000-4000-8000-000000002021', 'YES', '2021-06-11 11:00+02'),
             ('AL', 'da7e0201-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-11 11:00+02'),
             ('AL', 'da7e0202-0000-4000-8000-000000002021', 'YES', '2021-06-11 11:00+02'),
             ('AL', 'da7e0301-0000-4000-8000-000000002021', 'YES', '2021-06-11 11:00+02'),
             ('AL', 'da7e0302-0000-4000-8000-000000002021', 'YES', '2021-06-11 11:00+02'),
             ('ES', 'da7e0101-0000-4000-8000-000000002021', 'YES', '2021-06-14 08:15+02'),
             ('ES', 'da7e0102-0000-4000-8000-000000002021', 'YES', '2021-06-14 08:15+02'),
             ('ES', 'da7e0201-0000-4000-8000-000000002021', 'NO', '2021-06-14 08:15+02'),
             ('ES', 'da7e0202-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-14 08:15+02'),
             ('ES', 'da7e0301-0000-4000-8000-000000002021', 'YES', '2021-06-14 08:15+02'),
             ('ES', 'da7e0302-0000-4000-8000-000000002021', 'IF_NEED_BE', '2021-06-14 08:15+02'))
         as a(code, option, answer, at)
join person p on p.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and p.code = a.code
join poll_invitee i on i.cluster_id = p.cluster_id and i.person_id = p.id
                   and i.poll_id = 'da7e0000-0000-4000-8000-000000002021';

insert into poll_reminder (cluster_id, invitee_id, sent_on, sent_at, sent_by)
select i.cluster_id, i.id, '2021-06-21', '2021-06-21 07:20+02', 'system'
from poll_invitee i
where i.poll_id = 'da7e0000-0000-4000-8000-000000002021'
  and not exists (select 1 from poll_answer a where a.cluster_id = i.cluster_id and a.invitee_id = i.id);
