-- Projects and their reports (issue 15, requirement 8, second half). A project is an award
-- (funding_award.id is the project id). Each project owes a progress report and a final report by
-- a due date; the applicant submits, the secretariat approves or returns with a comment, and a
-- returned report can be submitted again. Every submission is kept as a numbered version.

-- Default due dates of a call's projects (null: the installation's defaults, see README).
alter table funding_call add column progress_report_due date;
alter table funding_call add column final_report_due date;

create table project_report (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    award_id   uuid        not null,
    kind       varchar(10) not null check (kind in ('PROGRESS', 'FINAL')),
    due_on     date        not null,
    status     varchar(10) not null default 'DUE' check (status in ('DUE', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    version    integer     not null default 0,
    unique (cluster_id, id),
    unique (award_id, kind),
    foreign key (cluster_id, award_id) references funding_award (cluster_id, id) on delete cascade
);
create index project_report_due on project_report (cluster_id, status, due_on);
select audit_table('project_report');

-- One row per submission: the text, the optional PDF (checked by its first bytes, at most 10 MB,
-- served as a download with safe headers; audited without the bytes) and the secretariat's
-- decision on it.
create table project_report_version (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid          not null references cluster (id),
    report_id    uuid          not null,
    number       integer       not null,
    text         varchar(20000) not null check (length(btrim(text)) > 0),
    file_name    varchar(200),
    file_size    integer check (file_size > 0),
    file_sha256  varchar(64),
    file_content bytea,
    submitted_at timestamptz   not null default now(),
    submitted_by varchar(120)  not null,
    decision     varchar(10) check (decision in ('APPROVED', 'RETURNED')),
    comment      varchar(4000),
    decided_at   timestamptz,
    decided_by   varchar(120),
    unique (cluster_id, id),
    unique (report_id, number),
    check ((file_name is null) = (file_content is null)),
    foreign key (cluster_id, report_id) references project_report (cluster_id, id) on delete cascade
);
create trigger audit after insert or update or delete on project_report_version
    for each row execute function audit_row_except('file_content');

-- Reminders of the daily job: at most one per report and day.
create table project_report_reminder (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    report_id  uuid        not null,
    sent_on    date        not null,
    sent_at    timestamptz not null default now(),
    unique (cluster_id, report_id, sent_on),
    foreign key (cluster_id, report_id) references project_report (cluster_id, id) on delete cascade
);
select audit_table('project_report_reminder');
