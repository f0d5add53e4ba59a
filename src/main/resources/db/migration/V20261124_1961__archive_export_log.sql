-- Who exported a cluster, and when. A cluster export holds every row of the cluster, password
-- hashes included, so each one is recorded (and is itself part of the next export).
create table export_log (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    exported_at timestamptz  not null default now(),
    exported_by varchar(120) not null,
    format      varchar(40)  not null,
    version     integer      not null
);
create index export_log_cluster on export_log (cluster_id, exported_at desc);
select audit_table('export_log');
