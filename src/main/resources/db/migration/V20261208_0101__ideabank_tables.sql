-- The idea bank (issue 16, requirement 3): a call for student presentations attached to an event, the students'
-- submissions with their poster (PDF, kept in the database so every instance serves it), the organisers'
-- decision and program slot, and the thesis ideas that staff add without a poster (the wish of sak 02-23).
-- The student's name and e-mail are personal data: they stay out of the audit log (audit_row_except), the
-- e-mail is shown to staff only and cleared with the status link when the call is published; a rejected
-- submission then loses its poster and its name too.
create table ideabank_call (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid          not null references cluster (id),
    event_id     uuid          not null,
    year         integer       not null check (year between 2000 and 2200),
    opens_at     timestamptz   not null,
    closes_at    timestamptz   not null,
    topics       varchar(2000) not null default '',
    published_at timestamptz,
    version      integer       not null default 0,
    created_at   timestamptz   not null default now(),
    unique (cluster_id, id),
    unique (cluster_id, event_id),
    foreign key (cluster_id, event_id) references event (cluster_id, id),
    check (closes_at > opens_at)
);

create table ideabank_submission (
    id               uuid primary key default gen_random_uuid(),
    cluster_id       uuid          not null references cluster (id),
    call_id          uuid          not null,
    title            varchar(300)  not null check (trim(title) <> ''),
    abstract         varchar(4000) not null check (trim(abstract) <> ''),
    study_programme  varchar(200)  not null,
    institution      varchar(200)  not null,
    supervisor       varchar(200)  not null,
    topic            varchar(200),
    student_name     varchar(200),
    email            varchar(320),
    show_name        boolean       not null default false,
    thesis_idea      boolean       not null default false,
    poster           bytea,
    poster_name      varchar(200),
    poster_bytes     integer,
    status           varchar(20)   not null default 'SUBMITTED' check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    decision_comment varchar(2000),
    session_id       uuid,
    slot_day         date,
    slot_starts_at   time,
    slot_ends_at     time,
    slot_session     varchar(300),
    token_hash       varchar(64) unique,
    submitted_at     timestamptz   not null default now(),
    version          integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, call_id) references ideabank_call (cluster_id, id),
    foreign key (cluster_id, session_id) references event_session (cluster_id, id) on delete set null (session_id),
    check (poster is null or substring(poster from 1 for 5) = '\x255044462d'::bytea)
);

create table ideabank_idea (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid          not null references cluster (id),
    title        varchar(300)  not null check (trim(title) <> ''),
    description  varchar(4000) not null check (trim(description) <> ''),
    organisation varchar(300)  not null check (trim(organisation) <> ''),
    topic        varchar(200),
    created_at   timestamptz   not null default now(),
    version      integer       not null default 0,
    unique (cluster_id, id)
);

create index ideabank_submission_call on ideabank_submission (cluster_id, call_id, status);
create index ideabank_idea_cluster on ideabank_idea (cluster_id, created_at);

select audit_table('ideabank_call');
select audit_table('ideabank_idea');
-- the student's personal data and the poster's bytes stay out of the audit log, which is never cleared
create trigger audit after insert or update or delete on ideabank_submission
    for each row execute function audit_row_except('student_name', 'email', 'poster', 'token_hash');
