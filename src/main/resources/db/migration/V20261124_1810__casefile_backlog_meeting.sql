-- A backlog entry may name the meeting it is expected at ("neste Partnermøte (oktober 2023)").
alter table backlog_entry add column for_meeting_id uuid;
alter table backlog_entry add constraint backlog_entry_for_meeting
    foreign key (cluster_id, for_meeting_id) references meeting (cluster_id, id) on delete set null (for_meeting_id);
