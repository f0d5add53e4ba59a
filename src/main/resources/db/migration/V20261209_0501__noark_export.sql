-- Noark 5 arkivuttrekk (issue 17 req 4): one row per extraction of a period, built outside the
-- request. Its progress (percent, step) and the finished ZIP live here so any instance can show
-- and serve it. The audit log records each extraction without the bytes; export_log records who
-- exported (format 'noark5-arkivuttrekk').
create table noark_export (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    period_from date         not null,
    period_to   date         not null,
    status      varchar(8)   not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED')),
    percent     integer      not null default 0 check (percent between 0 and 100),
    step        varchar(40)  not null default 'queued',
    file_name   varchar(200),
    content     bytea,
    meetings    integer,
    documents   integer,
    started_by  varchar(120) not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    unique (cluster_id, id),
    check (period_from <= period_to)
);
create index noark_export_cluster on noark_export (cluster_id, started_at desc);
create trigger audit after insert or update or delete on noark_export
    for each row execute function audit_row_except('content');
