-- Events with registration (issue 16, requirement 2): a public event page with its program by day and
-- session, co-organisers and custom questions; registrations up to the capacity, then a waiting list whose
-- first is promoted when someone cancels. Participants' personal data (name, e-mail, organisation, answers)
-- is kept out of the audit log (audit_row_except) and cleared retention_days after the event ends, so the
-- numbers stay and the people go.
create table event (
    id                  uuid primary key default gen_random_uuid(),
    cluster_id          uuid          not null references cluster (id),
    title               varchar(200)  not null check (trim(title) <> ''),
    slug                varchar(80)   not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    summary             varchar(4000),
    place               varchar(300),
    starts_at           timestamptz   not null,
    ends_at             timestamptz   not null,
    capacity            integer check (capacity is null or capacity > 0),
    registration_opens  timestamptz,
    registration_closes timestamptz,
    status              varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    retention_days      integer       not null default 90 check (retention_days between 0 and 3650),
    version             integer       not null default 0,
    created_at          timestamptz   not null default now(),
    unique (cluster_id, id),
    unique (cluster_id, slug),
    check (ends_at >= starts_at)
);

create table event_day (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    event_id   uuid         not null,
    day        date         not null,
    theme      varchar(300),
    unique (cluster_id, id),
    unique (cluster_id, event_id, day),
    foreign key (cluster_id, event_id) references event (cluster_id, id) on delete cascade
);

create table event_session (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid          not null references cluster (id),
    day_id     uuid          not null,
    starts_at  time          not null,
    ends_at    time,
    title      varchar(300)  not null check (trim(title) <> ''),
    room       varchar(200),
    speakers   varchar(1000),
    unique (cluster_id, id),
    foreign key (cluster_id, day_id) references event_day (cluster_id, id) on delete cascade,
    check (ends_at is null or ends_at >= starts_at)
);

-- A co-organiser: an organisation of the registry, or a name (another cluster, a festival).
create table event_organiser (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    event_id        uuid         not null,
    organisation_id uuid,
    name            varchar(300),
    position        integer      not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, event_id) references event (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id),
    check (organisation_id is not null or trim(name) <> '')
);

create table event_question (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid          not null references cluster (id),
    event_id   uuid          not null,
    position   integer       not null default 0,
    text       varchar(500)  not null check (trim(text) <> ''),
    kind       varchar(10)   not null check (kind in ('TEXT', 'CHOICE')),
    choices    varchar(2000),
    required   boolean       not null default false,
    unique (cluster_id, id),
    foreign key (cluster_id, event_id) references event (cluster_id, id) on delete cascade,
    check (kind <> 'CHOICE' or trim(choices) <> '')
);

-- One registration: CONFIRMED within the capacity, else WAITING in waiting_position order (which only grows),
-- CANCELLED by the personal link (only the token's SHA-256 is kept). Anonymised: the person is gone, the
-- status and check-in stay for the numbers.
create table event_registration (
    id               uuid primary key default gen_random_uuid(),
    cluster_id       uuid          not null references cluster (id),
    event_id         uuid          not null,
    name             varchar(200),
    email            varchar(320),
    organisation     varchar(300),
    status           varchar(20)   not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    waiting_position integer,
    token_hash       varchar(64) unique,
    registered_at    timestamptz   not null default now(),
    promoted_at      timestamptz,
    cancelled_at     timestamptz,
    checked_in_at    timestamptz,
    anonymised_at    timestamptz,
    version          integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, event_id) references event (cluster_id, id),
    check (anonymised_at is not null or (trim(name) <> '' and trim(email) <> '')),
    check (status <> 'WAITING' or waiting_position is not null)
);

create table event_answer (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    registration_id uuid          not null,
    question_id     uuid          not null,
    answer          varchar(2000) not null,
    unique (cluster_id, registration_id, question_id),
    foreign key (cluster_id, registration_id) references event_registration (cluster_id, id),
    foreign key (cluster_id, question_id) references event_question (cluster_id, id)
);

create index event_day_event on event_day (cluster_id, event_id);
create index event_session_day on event_session (cluster_id, day_id);
create index event_organiser_event on event_organiser (cluster_id, event_id);
create index event_question_event on event_question (cluster_id, event_id);
create index event_registration_event on event_registration (cluster_id, event_id, status);
create index event_answer_registration on event_answer (cluster_id, registration_id);

select audit_table('event');
select audit_table('event_day');
select audit_table('event_session');
select audit_table('event_organiser');
select audit_table('event_question');
-- the participants' personal data stays out of the audit log, which is never cleared
create trigger audit after insert or update or delete on event_registration
    for each row execute function audit_row_except('name', 'email', 'organisation');
create trigger audit after insert or update or delete on event_answer
    for each row execute function audit_row_except('answer');
