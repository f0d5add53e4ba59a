-- The owner's own word on a follow-up when they move it ("sendt til styret 12.12."), set
-- from the start page. The table's audit trigger logs it with the status change.
alter table follow_up add column status_note varchar(2000);
