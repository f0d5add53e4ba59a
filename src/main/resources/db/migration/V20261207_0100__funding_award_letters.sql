-- Award and rejection letters of a call (issue 15, requirement 8): sent once per call by the
-- secretariat after the vedtak; the row says when and by whom, and how many of each went out,
-- so a second click sends nothing and says when they were sent.
create table funding_award_letters (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    call_id     uuid         not null,
    sent_at     timestamptz  not null default now(),
    sent_by     varchar(120) not null,
    awards      integer      not null default 0 check (awards >= 0),
    rejections  integer      not null default 0 check (rejections >= 0),
    unique (cluster_id, id),
    unique (cluster_id, call_id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id) on delete cascade
);
select audit_table('funding_award_letters');
