-- Minutes approved by the chair before their comment deadline had passed: the chair (or staff) was
-- told and confirmed, and the minutes say so.
alter table minutes add column approved_before_deadline boolean not null default false;

alter table minutes_comment add column after_deadline boolean not null default false;
