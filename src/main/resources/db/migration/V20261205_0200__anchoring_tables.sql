-- Anchoring (forankring, issue 15): a subject that another module names (kind + id, e.g. a budget) is anchored
-- when every paying partner's representative has confirmed in writing. The subject is not a foreign key: this
-- module does not know budgets. One request per partner, answered once (confirmed or declined); comments while
-- it is open are kept apart so nothing a partner wrote is overwritten.
create table anchoring_case (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid          not null references cluster (id),
    subject_kind varchar(40)   not null,
    subject_id   uuid          not null,
    title        varchar(300)  not null,
    path         varchar(500)  not null,
    answer_by    date          not null,
    opened_at    timestamptz   not null default now(),
    opened_by    varchar(120)  not null,
    anchored_at  timestamptz,
    unique (cluster_id, id),
    unique (cluster_id, subject_kind, subject_id)
);

create table anchoring_request (
    id                       uuid primary key default gen_random_uuid(),
    cluster_id               uuid          not null references cluster (id),
    case_id                  uuid          not null,
    organisation_id          uuid          not null,
    representative_person_id uuid,
    representative_chosen    boolean       not null default false,
    sent_at                  timestamptz,
    answer                   varchar(20) check (answer in ('CONFIRMED', 'DECLINED')),
    answer_comment           varchar(4000),
    answered_at              timestamptz,
    answered_by              varchar(120),
    withdrawn_at             timestamptz,
    version                  integer       not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, case_id, organisation_id),
    foreign key (cluster_id, case_id) references anchoring_case (cluster_id, id),
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id),
    foreign key (cluster_id, representative_person_id) references person (cluster_id, id),
    check ((answer is null) = (answered_at is null)),
    check (answer <> 'DECLINED' or nullif(trim(answer_comment), '') is not null)
);

-- The personal links of the request mails and reminders: only the SHA-256 of the token is kept (the audit
-- trigger drops token_hash as well). A link ends when the representative is changed.
create table anchoring_link (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    request_id uuid        not null,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now(),
    ended_at   timestamptz,
    foreign key (cluster_id, request_id) references anchoring_request (cluster_id, id)
);

-- Reminders, by the secretariat's button or the daily job: at most one per request and day.
create table anchoring_reminder (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    request_id uuid         not null,
    sent_on    date         not null,
    sent_at    timestamptz  not null default now(),
    sent_by    varchar(120) not null,
    unique (cluster_id, request_id, sent_on),
    foreign key (cluster_id, request_id) references anchoring_request (cluster_id, id)
);

-- Comments a representative gives without answering yet.
create table anchoring_comment (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid          not null references cluster (id),
    request_id uuid          not null,
    text       varchar(4000) not null,
    written_at timestamptz   not null default now(),
    written_by varchar(120)  not null,
    foreign key (cluster_id, request_id) references anchoring_request (cluster_id, id)
);

create index anchoring_request_person on anchoring_request (cluster_id, representative_person_id);
create index anchoring_reminder_request on anchoring_reminder (cluster_id, request_id);
create index anchoring_comment_request on anchoring_comment (cluster_id, request_id);
create index anchoring_link_request on anchoring_link (cluster_id, request_id);

select audit_table('anchoring_case');
select audit_table('anchoring_request');
select audit_table('anchoring_link');
select audit_table('anchoring_reminder');
select audit_table('anchoring_comment');
