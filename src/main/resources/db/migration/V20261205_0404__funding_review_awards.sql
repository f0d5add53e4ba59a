-- The vedtak's awards (issue 15, requirement 8, first step): which applications of a call get how
-- much, recorded by the secretariat from the deciding body's vedtak (item_id: the item that
-- carried the committee's proposal). The sum never exceeds the fund's frame (checked by the
-- application, which says so in the user's language).
create table funding_award (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid           not null references cluster (id),
    call_id        uuid           not null,
    application_id uuid           not null,
    amount         numeric(14, 2) not null check (amount > 0),
    item_id        uuid,
    decided_at     timestamptz    not null default now(),
    decided_by     varchar(120)   not null,
    unique (cluster_id, id),
    unique (application_id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id) on delete cascade,
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id)
);
create index funding_award_call on funding_award (cluster_id, call_id);
select audit_table('funding_award');
