-- Demo only: the recurring agenda of Alrek's Partnermøtet and Styringsgruppen, so "Bruk mal"
-- has something to use, and their usual place and Teams link.
insert into meeting_settings (cluster_id, body_id)
select b.cluster_id, b.id from body b
where b.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and b.type in ('PARTNER_MEETING', 'STEERING_GROUP')
on conflict (cluster_id, body_id) do nothing;

update meeting_settings s set usual_address = 'Årstadveien 17', usual_room = 'Møterom 1',
    usual_online_url = 'https://teams.microsoft.com/l/meetup-join/alrek-' || lower(b.type)
from body b
where b.cluster_id = s.cluster_id and b.id = s.body_id
  and b.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and b.type in ('PARTNER_MEETING', 'STEERING_GROUP');

insert into agenda_template_item (cluster_id, body_id, position, type, title, planned_minutes)
select b.cluster_id, b.id, t.position, t.type, t.title, t.minutes
from body b
cross join (values (1, 'APPROVAL', 'Godkjenning av innkalling og sakliste', 5),
                   (2, 'APPROVAL', 'Referat fra forrige møte', 5),
                   (3, 'INFORMATION', 'Orienteringer', 20),
                   (4, 'OTHER_BUSINESS', 'Eventuelt', 10)) as t (position, type, title, minutes)
where b.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and b.type in ('PARTNER_MEETING', 'STEERING_GROUP');
