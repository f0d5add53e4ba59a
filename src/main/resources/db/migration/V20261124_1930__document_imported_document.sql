-- Files imported as minutes: the SHA-256 of each file per cluster, so importing the same file
-- again changes nothing (and says so), and the meeting it became.
create table imported_document (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    sha256      char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name   varchar(300) not null,
    meeting_id  uuid,
    imported_at timestamptz  not null default now(),
    unique (cluster_id, sha256)
);

select audit_table('imported_document');
