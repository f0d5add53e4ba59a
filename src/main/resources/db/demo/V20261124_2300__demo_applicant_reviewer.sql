-- Demo accounts for the funding module's roles, password "demo". "soker" applies on behalf of
-- Høgskulen på Vestlandet; "fagfelle" is a reviewer employed there too (a conflict of interest
-- the funding module must detect and recuse). Neither sits in any body.
insert into person (cluster_id, code, name, title, email)
values ('a1ec0000-0000-4000-8000-000000000001', 'SØK', 'Sara Søkersen', 'Prosjektleder', 'sok@alrek.example.org'),
       ('a1ec0000-0000-4000-8000-000000000001', 'FAF', 'Finn Fagfelle', 'Førsteamanuensis', 'faf@alrek.example.org');

insert into affiliation (cluster_id, person_id, organisation_id, valid_from)
select p.cluster_id, p.id, o.id, date '2024-01-01'
from person p join organisation o on o.cluster_id = p.cluster_id and o.name = 'Høgskulen på Vestlandet'
where p.cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and p.code in ('SØK', 'FAF');

insert into account (cluster_id, username, email, password_hash, person_id, applicant, reviewer)
select cluster_id, 'soker', email, '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK', id, true, false
from person where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and code = 'SØK';
insert into account (cluster_id, username, email, password_hash, person_id, applicant, reviewer)
select cluster_id, 'fagfelle', email, '{bcrypt}$2a$10$LWh3PLTn2eR2uzjaGsYry.cH6g60QfoT7K3hUI0.xZPpIKhUQi8vK', id, false, true
from person where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' and code = 'FAF';
