-- Uploaded minutes waiting for confirmation (the import preview), per cluster, with an expiry and a
-- size so one cluster's uploads can neither fill the server nor push out another cluster's previews.
-- payload: the uploaded files as a ZIP, read again when the parsed preview is no longer in memory.
-- Not audited (like mail_outbox): short-lived, and the payload would copy every upload into audit_log.
create table import_batch (
    cluster_id  uuid         not null references cluster (id),
    id          uuid         not null,
    created_by  varchar(200),
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    size        bigint       not null check (size >= 0),
    payload     bytea        not null,
    primary key (cluster_id, id)
);
create index import_batch_expiry on import_batch (expires_at);
