-- One row per scheduled job: the instance that holds it until locked_until runs the job, the
-- others skip that run (shared.JobLock). Times are the database's, so the instances' clocks
-- need not agree. Instance-wide bookkeeping, no cluster_id, no audit (SchemaTests says why).
create table job_lock (
    name text primary key,
    locked_until timestamptz not null,
    locked_at timestamptz not null,
    locked_by text not null,
    finished_at timestamptz,
    runs bigint not null default 0
);
