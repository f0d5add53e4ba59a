-- What is made from an item carries the item's access (Noark 5 tilgangsrestriksjon): a referral and
-- its description, the backlog entry it puts in the receiving body's backlog, and a case's title.
-- Only a deliberate decision (editing the item or the case) makes them more open.
alter table referral add column access varchar(8) not null default 'PUBLIC' check (access in ('PUBLIC', 'MEMBERS', 'EXEMPT'));
alter table referral add column exemption_basis varchar(200);
alter table referral add column public_title varchar(500);
alter table referral add column exemption_ends date;
alter table referral add constraint referral_exempt_basis check (access <> 'EXEMPT' or exemption_basis is not null);

alter table backlog_entry add column access varchar(8) not null default 'PUBLIC' check (access in ('PUBLIC', 'MEMBERS', 'EXEMPT'));
alter table backlog_entry add column exemption_basis varchar(200);
alter table backlog_entry add column public_title varchar(500);
alter table backlog_entry add column exemption_ends date;
alter table backlog_entry add constraint backlog_entry_exempt_basis check (access <> 'EXEMPT' or exemption_basis is not null);

-- A case's title comes from an item (source_item_id); the title carries that item's access.
alter table case_file add column access varchar(8) not null default 'PUBLIC' check (access in ('PUBLIC', 'MEMBERS', 'EXEMPT'));
alter table case_file add column exemption_basis varchar(200);
alter table case_file add column public_title varchar(500);
alter table case_file add column exemption_ends date;
alter table case_file add column source_item_id uuid;
alter table case_file add constraint case_file_exempt_basis check (access <> 'EXEMPT' or exemption_basis is not null);
alter table case_file add constraint case_file_source_item foreign key (cluster_id, source_item_id)
    references agenda_item (cluster_id, id) on delete set null (source_item_id);

update referral r set access = i.access, exemption_basis = i.exemption_basis, public_title = i.public_title,
                      exemption_ends = i.exemption_ends
from agenda_item i where i.cluster_id = r.cluster_id and i.id = r.from_item_id;

update backlog_entry b set access = r.access, exemption_basis = r.exemption_basis, public_title = r.public_title,
                           exemption_ends = r.exemption_ends
from referral r where r.cluster_id = b.cluster_id and r.id = b.referral_id;

update backlog_entry b set access = i.access, exemption_basis = i.exemption_basis, public_title = i.public_title,
                           exemption_ends = i.exemption_ends
from follow_up f join agenda_item i on i.cluster_id = f.cluster_id and i.id = f.item_id
where f.cluster_id = b.cluster_id and f.id = b.follow_up_id;

-- Repair: items pulled from a restricted entry were made public; they get the entry's access back.
update agenda_item i set access = b.access, exemption_basis = b.exemption_basis, public_title = b.public_title,
                         exemption_ends = b.exemption_ends
from backlog_entry b
where b.cluster_id = i.cluster_id and b.scheduled_item_id = i.id and b.access <> 'PUBLIC' and i.access = 'PUBLIC';

-- A case's source: the most restricted of its items bearing its title, else its earliest item.
update case_file c set source_item_id = s.item_id, access = s.access, exemption_basis = s.exemption_basis,
                       public_title = s.public_title, exemption_ends = s.exemption_ends
from (select distinct on (ci.case_id) ci.case_id, i.id as item_id, i.access, i.exemption_basis, i.public_title,
             i.exemption_ends
      from case_item ci
      join case_file cf on cf.cluster_id = ci.cluster_id and cf.id = ci.case_id
      join agenda_item i on i.cluster_id = ci.cluster_id and i.id = ci.item_id
      join meeting m on m.cluster_id = i.cluster_id and m.id = i.meeting_id
      order by ci.case_id, (i.title = cf.title) desc,
               case i.access when 'EXEMPT' then 0 when 'MEMBERS' then 1 else 2 end, m.meeting_date, i.position) s
where s.case_id = c.id;
