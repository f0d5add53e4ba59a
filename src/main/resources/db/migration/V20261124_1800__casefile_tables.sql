-- Cases across bodies and years, referrals between bodies, and each body's agenda backlog.
create table case_file (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    title      varchar(500) not null,
    created_at timestamptz  not null default now(),
    version    integer      not null default 0,
    unique (cluster_id, id)
);

-- An item belongs to at most one case; the case's timeline is its items in date order.
create table case_item (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references cluster (id),
    case_id    uuid not null,
    item_id    uuid not null,
    unique (cluster_id, item_id),
    foreign key (cluster_id, case_id) references case_file (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade
);

-- "Forslag fra Styringsgruppen legges frem på neste Partnermøte (oktober 2023)"
create table referral (
    id                 uuid primary key default gen_random_uuid(),
    cluster_id         uuid          not null references cluster (id),
    from_item_id       uuid          not null,
    to_body_id         uuid          not null,
    description        varchar(2000) not null,
    expected_return    varchar(200),
    expected_meeting_id uuid,
    status             varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'SCHEDULED', 'HANDLED')),
    handled_by_item_id uuid,
    case_id            uuid,
    version            integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, from_item_id) references agenda_item (cluster_id, id) on delete cascade,
    foreign key (cluster_id, to_body_id) references body (cluster_id, id),
    foreign key (cluster_id, expected_meeting_id) references meeting (cluster_id, id),
    foreign key (cluster_id, handled_by_item_id) references agenda_item (cluster_id, id),
    foreign key (cluster_id, case_id) references case_file (cluster_id, id)
);
create index referral_to_body on referral (cluster_id, to_body_id, status);

-- Proposed future items of a body: from referrals, from members ("meld sak"), or from follow-ups.
create table backlog_entry (
    id                uuid primary key default gen_random_uuid(),
    cluster_id        uuid          not null references cluster (id),
    body_id           uuid          not null,
    source            varchar(10)   not null check (source in ('REFERRAL', 'PROPOSAL', 'FOLLOW_UP')),
    title             varchar(500)  not null,
    description       varchar(4000),
    referral_id       uuid,
    follow_up_id      uuid,
    proposed_by       varchar(120),
    proposed_at       timestamptz   not null default now(),
    status            varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'SCHEDULED', 'DISMISSED')),
    scheduled_item_id uuid,
    version           integer       not null default 0,
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    foreign key (cluster_id, referral_id) references referral (cluster_id, id) on delete cascade,
    foreign key (cluster_id, follow_up_id) references follow_up (cluster_id, id) on delete cascade,
    foreign key (cluster_id, scheduled_item_id) references agenda_item (cluster_id, id) on delete set null (scheduled_item_id)
);
create index backlog_entry_body on backlog_entry (cluster_id, body_id, status);

select audit_table('case_file');
select audit_table('case_item');
select audit_table('referral');
select audit_table('backlog_entry');
