-- Secret tokens of personal calendar feeds (webcal); only the SHA-256 of a token is stored.
create table calendar_token (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    account_id uuid        not null,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    foreign key (cluster_id, account_id) references account (cluster_id, id) on delete cascade
);
create index calendar_token_account on calendar_token (cluster_id, account_id) where revoked_at is null;

select audit_table('calendar_token');
