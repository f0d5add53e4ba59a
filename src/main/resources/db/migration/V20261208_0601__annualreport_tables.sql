-- The annual report (årsmelding) of a cluster's year: a snapshot of the chapters generated from the
-- modules' data (chapters, JSON of shared.YearInReview.Chapter), the texts people wrote around
-- them (introduction; texts: chapter key -> {"before": …, "after": …}), its way DRAFT → SENT_TO_BODY
-- → ADOPTED or NOTED ("tatt til etterretning"), the agenda item the draft went to, and whether an
-- adopted report is on the public site.
create table annual_report (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid         not null references cluster (id),
    year         smallint     not null check (year between 2000 and 2999),
    status       varchar(16)  not null default 'DRAFT'
                     check (status in ('DRAFT', 'SENT_TO_BODY', 'ADOPTED', 'NOTED')),
    introduction text,
    chapters     jsonb        not null default '[]',
    texts        jsonb        not null default '{}',
    generated_at timestamptz,
    item_id      uuid,
    decision     text,
    published    boolean      not null default false,
    version      integer      not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, year),
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete set null (item_id),
    check (not published or status in ('ADOPTED', 'NOTED'))
);
select audit_table('annual_report');

-- A PDF/A or DOCX built from a report outside the request, with its progress (percent and the
-- step it is at) so any instance can show it, and the file once done. The audit log records the
-- build without the bytes.
create table annual_report_export (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    report_id   uuid         not null,
    format      varchar(4)   not null check (format in ('PDF', 'DOCX')),
    status      varchar(8)   not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED')),
    percent     integer      not null default 0 check (percent between 0 and 100),
    step        varchar(40)  not null default 'queued',
    file_name   varchar(200),
    content     bytea,
    started_by  varchar(120) not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    unique (cluster_id, id),
    foreign key (cluster_id, report_id) references annual_report (cluster_id, id) on delete cascade
);
create index annual_report_export_report on annual_report_export (cluster_id, report_id, started_at desc);
create trigger audit after insert or update or delete on annual_report_export
    for each row execute function audit_row_except('content');
