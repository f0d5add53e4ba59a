-- Leverage (issue 15, requirement 9): the follow-on funding a funded project (a funding_award: the
-- award is the project) applied for and got elsewhere, and whether the cluster shows the aggregated
-- figures publicly. Money is whole kroner or øre; the years are when it was applied for and granted.
create table follow_on_funding (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid           not null references cluster (id),
    award_id     uuid           not null,
    funder       varchar(200)   not null check (length(trim(funder)) > 0),
    title        varchar(300)   not null check (length(trim(title)) > 0),
    reference    varchar(100),
    amount       numeric(14, 2) not null check (amount > 0),
    status       varchar(10)    not null check (status in ('APPLIED', 'GRANTED', 'REJECTED')),
    applied_year integer        not null check (applied_year between 2000 and 2100),
    granted_year integer check (granted_year between 2000 and 2100),
    note         varchar(2000),
    recorded_by  varchar(120)   not null,
    recorded_at  timestamptz    not null default now(),
    version      integer        not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, award_id) references funding_award (cluster_id, id) on delete cascade,
    check (status = 'GRANTED' or granted_year is null),
    check (status <> 'GRANTED' or granted_year is not null)
);
create index follow_on_funding_award on follow_on_funding (cluster_id, award_id);
select audit_table('follow_on_funding');

-- One row per cluster once someone has switched the public summary; no row means off.
create table leverage_setting (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid    not null unique references cluster (id),
    public_summary boolean not null default false,
    version        integer not null default 0
);
select audit_table('leverage_setting');
