-- Outgoing e-mail: written in the caller's transaction, sent by a scheduled sender (at least once;
-- the Message-ID is derived from idempotency_key so receivers can drop duplicates).
create table mail_outbox (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          references cluster (id),
    idempotency_key varchar(300)  not null unique,
    recipient       varchar(254)  not null,
    subject         varchar(500)  not null,
    body            text          not null,
    status          varchar(8)    not null default 'QUEUED' check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(2000),
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status in ('QUEUED', 'SENDING');
create index mail_outbox_cluster on mail_outbox (cluster_id, created_at desc);

create table mail_attachment (
    id           uuid primary key default gen_random_uuid(),
    mail_id      uuid         not null references mail_outbox (id) on delete cascade,
    position     integer      not null default 0,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null
);
create index mail_attachment_mail on mail_attachment (mail_id, position);
