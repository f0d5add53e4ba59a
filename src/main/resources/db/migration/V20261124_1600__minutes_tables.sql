-- Minutes of a meeting: per-item notes, feedback and the adopted decision (vedtak), with a
-- workflow draft → sent for comments → approved (locked), comments, and every version kept.
create table minutes (
    id                          uuid primary key default gen_random_uuid(),
    cluster_id                  uuid        not null references cluster (id),
    meeting_id                  uuid        not null,
    status                      varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'FOR_COMMENT', 'APPROVED')),
    comment_deadline            date,
    approved_on                 date,
    approved_by_item_id         uuid,
    approved_by_chair_person_id uuid,
    approved_version            integer,
    version                     integer     not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, meeting_id),
    foreign key (cluster_id, meeting_id) references meeting (cluster_id, id) on delete cascade,
    foreign key (cluster_id, approved_by_item_id) references agenda_item (cluster_id, id),
    foreign key (cluster_id, approved_by_chair_person_id) references person (cluster_id, id),
    check (status <> 'APPROVED' or (approved_on is not null and approved_version is not null))
);

create table item_minutes (
    id               uuid primary key default gen_random_uuid(),
    cluster_id       uuid    not null references cluster (id),
    minutes_id       uuid    not null,
    item_id          uuid    not null,
    notes            text,
    feedback_heading varchar(300),
    feedback         text,
    decision         text,
    version          integer not null default 0,
    unique (cluster_id, item_id),
    foreign key (cluster_id, minutes_id) references minutes (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade
);

-- Every version that mattered (sent for comments, approved, each amendment) as a full snapshot.
create table minutes_version (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    minutes_id uuid         not null,
    number     integer      not null,
    kind       varchar(16)  not null check (kind in ('SENT', 'APPROVED', 'AMENDMENT')),
    reason     varchar(2000),
    content    jsonb        not null,
    created_at timestamptz  not null default now(),
    created_by varchar(120) not null,
    unique (minutes_id, number),
    foreign key (cluster_id, minutes_id) references minutes (cluster_id, id) on delete cascade,
    check (kind <> 'AMENDMENT' or reason is not null)
);

create table minutes_comment (
    id               uuid primary key default gen_random_uuid(),
    cluster_id       uuid          not null references cluster (id),
    minutes_id       uuid          not null,
    item_id          uuid,
    author           varchar(120)  not null,
    author_person_id uuid,
    text             varchar(5000) not null,
    created_at       timestamptz   not null default now(),
    foreign key (cluster_id, minutes_id) references minutes (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade
);
create index minutes_comment_minutes on minutes_comment (cluster_id, minutes_id, created_at);

select audit_table('minutes');
select audit_table('item_minutes');
select audit_table('minutes_version');
select audit_table('minutes_comment');
