-- Funding review (issue 15, requirement 7): reviewers assigned per application, conflicts of
-- interest (declared by the reviewer or detected: the reviewer's organisation among the applicant
-- organisations, or the reviewer named in the application), scores per criterion with a comment,
-- and the committee's proposal put under an agenda item of the deciding body.

-- A reviewer (an account: committee member or REVIEWER) assigned to one application.
-- submitted_at locks the scores.
create table review_assignment (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid         not null references cluster (id),
    call_id        uuid         not null,
    application_id uuid         not null,
    account_id     uuid         not null,
    assigned_at    timestamptz  not null default now(),
    assigned_by    varchar(120) not null,
    submitted_at   timestamptz,
    version        integer      not null default 0,
    unique (cluster_id, id),
    unique (application_id, account_id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id),
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade,
    foreign key (cluster_id, account_id) references account (cluster_id, id) on delete cascade
);
create index review_assignment_call on review_assignment (cluster_id, call_id);
create index review_assignment_account on review_assignment (cluster_id, account_id);
select audit_table('review_assignment');

-- Every recusal, declared or detected: who, when, why. A row here shuts the account out of the
-- application for good (a detected conflict is recorded the first time it is seen).
create table review_conflict (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid          not null references cluster (id),
    application_id uuid          not null,
    account_id     uuid          not null,
    kind           varchar(20)   not null check (kind in ('DECLARED', 'ORGANISATION', 'NAMED_PERSON')),
    reason         varchar(1000) not null,
    recorded_at    timestamptz   not null default now(),
    recorded_by    varchar(120)  not null,
    unique (cluster_id, id),
    unique (application_id, account_id, kind),
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade,
    foreign key (cluster_id, account_id) references account (cluster_id, id) on delete cascade
);
create index review_conflict_account on review_conflict (cluster_id, account_id);
select audit_table('review_conflict');

-- A reviewer's score (1-7) and comment on one criterion of the call.
create table review_score (
    id            uuid primary key default gen_random_uuid(),
    cluster_id    uuid          not null references cluster (id),
    assignment_id uuid          not null,
    criterion_id  uuid          not null,
    score         integer check (score between 1 and 7),
    comment       varchar(4000) not null default '',
    unique (cluster_id, id),
    unique (assignment_id, criterion_id),
    foreign key (cluster_id, assignment_id) references review_assignment (cluster_id, id) on delete cascade,
    foreign key (cluster_id, criterion_id) references call_criterion (cluster_id, id) on delete cascade
);
select audit_table('review_score');

-- The committee's proposal as put on the deciding body's agenda: a snapshot of the ranking
-- (titles, organisations, score, proposed amount only; never texts or comments).
create table review_proposal (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    call_id    uuid         not null,
    item_id    uuid         not null,
    frame      numeric(14, 2),
    created_at timestamptz  not null default now(),
    created_by varchar(120) not null,
    unique (cluster_id, id),
    unique (call_id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade
);
create index review_proposal_item on review_proposal (cluster_id, item_id);
select audit_table('review_proposal');

create table review_proposal_line (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid           not null references cluster (id),
    proposal_id    uuid           not null,
    application_id uuid           not null,
    position       integer        not null,
    rank           integer,
    title          varchar(300)   not null,
    organisations  varchar(1000)  not null,
    score          numeric(4, 2),
    reviews        integer        not null,
    amount         numeric(14, 2) check (amount >= 0),
    unique (cluster_id, id),
    unique (proposal_id, application_id),
    foreign key (cluster_id, proposal_id) references review_proposal (cluster_id, id) on delete cascade,
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade
);
select audit_table('review_proposal_line');
