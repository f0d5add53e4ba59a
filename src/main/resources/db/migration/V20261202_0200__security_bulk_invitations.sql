-- Issue 13: invitations in bulk. A token knows when it was issued (the overview shows "invited on")
-- and whether an administrator withdrew it (its link then says so instead of "used or expired").
alter table account_token
    add column issued_at    timestamptz not null default now(),
    add column withdrawn_at timestamptz;

-- One row per confirmed bulk invitation: its key (from the confirmation page, or the API's
-- Idempotency-Key) makes a repeated POST send nothing; who sent it is in the audit log.
create table invitation_batch (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    idempotency_key varchar(100) not null,
    body_id         uuid,
    invited         uuid[]       not null default '{}',
    skipped         uuid[]       not null default '{}',
    without_email   uuid[]       not null default '{}',
    created_at      timestamptz  not null default now(),
    unique (cluster_id, idempotency_key)
);

select audit_table('invitation_batch');
