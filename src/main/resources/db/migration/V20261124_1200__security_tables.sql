-- Local accounts. Usernames are unique across the installation, so login needs no cluster choice.
create table account (
    id            uuid primary key default gen_random_uuid(),
    cluster_id    uuid         not null references cluster (id),
    username      varchar(60)  not null unique check (username ~ '^[a-z0-9._-]{3,60}$'),
    email         varchar(254) not null,
    password_hash varchar(200),
    person_id     uuid,
    administrator boolean      not null default false,
    secretariat   boolean      not null default false,
    enabled       boolean      not null default true,
    preferred_language varchar(2) check (preferred_language in ('nb', 'nn', 'en')),
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, person_id) references person (cluster_id, id)
);
create unique index account_email on account (cluster_id, lower(email));

-- One-time tokens for invitations and password resets; only their SHA-256 is stored.
create table account_token (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    account_id uuid        not null,
    purpose    varchar(20) not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    foreign key (cluster_id, account_id) references account (cluster_id, id) on delete cascade
);

select audit_table('account');
select audit_table('account_token');
