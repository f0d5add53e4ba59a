-- Meetings of a body, their attendance and their agenda (sakliste).

-- Meeting settings per body: when it is quorate (beslutningsdyktig; no row = more than half of the
-- members) and the prefix that marks its case numbers when another body refers to them ("PM 05-23").
create table meeting_settings (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid        not null references cluster (id),
    body_id     uuid        not null,
    quorum_rule varchar(20) not null default 'MORE_THAN_HALF' check (quorum_rule in ('MORE_THAN_HALF', 'AT_LEAST_HALF', 'AT_LEAST')),
    quorum_minimum integer check (quorum_minimum is null or quorum_minimum > 0),
    case_prefix varchar(10) check (case_prefix ~ '^[A-ZÆØÅ]{1,10}$'),
    version     integer     not null default 0,
    unique (cluster_id, body_id),
    unique (cluster_id, case_prefix),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    check ((quorum_rule = 'AT_LEAST') = (quorum_minimum is not null))
);

create table meeting (
    id                   uuid primary key default gen_random_uuid(),
    cluster_id           uuid        not null references cluster (id),
    body_id              uuid        not null,
    meeting_date         date        not null,
    starts_at            time,
    ends_at              time,
    address              varchar(300),
    room                 varchar(200),
    floor                varchar(60),
    online_url           varchar(1000),
    status               varchar(24) not null default 'PLANNED'
        check (status in ('PLANNED', 'SUMMONED', 'HELD', 'MINUTES_FOR_COMMENT', 'MINUTES_APPROVED', 'CANCELLED')),
    chair_person_id      uuid,
    chair_for_person_id  uuid,
    summoned_at          timestamptz,
    version              integer     not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    foreign key (cluster_id, chair_person_id) references person (cluster_id, id),
    foreign key (cluster_id, chair_for_person_id) references person (cluster_id, id),
    check (ends_at is null or starts_at is null or ends_at > starts_at)
);
create index meeting_body_date on meeting (cluster_id, body_id, meeting_date);
create index meeting_date on meeting (cluster_id, meeting_date);

-- Cancellations, reschedules and status changes, with the reason given.
create table meeting_event (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    meeting_id  uuid         not null,
    kind        varchar(20)  not null check (kind in ('STATUS', 'RESCHEDULED', 'CANCELLED')),
    from_status varchar(24),
    to_status   varchar(24),
    from_date   date,
    to_date     date,
    reason      varchar(1000),
    occurred_at timestamptz  not null default now(),
    foreign key (cluster_id, meeting_id) references meeting (cluster_id, id) on delete cascade
);
create index meeting_event_meeting on meeting_event (cluster_id, meeting_id, occurred_at);

-- One row per person on the summons list or present: the seed's attendance table.
create table attendance (
    id                 uuid primary key default gen_random_uuid(),
    cluster_id         uuid         not null references cluster (id),
    meeting_id         uuid         not null,
    section            varchar(12)  not null check (section in ('MEMBER', 'OBSERVER', 'SECRETARIAT', 'GUEST')),
    person_id          uuid,
    guest_name         varchar(200),
    seat               varchar(200),
    summoned           boolean      not null default true,
    status             varchar(10)  not null default 'PRESENT' check (status in ('PRESENT', 'ABSENT', 'DEPUTY', 'REMOTE')),
    deputy_person_id   uuid,
    sort_order         integer      not null default 0,
    version            integer      not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, meeting_id) references meeting (cluster_id, id) on delete cascade,
    foreign key (cluster_id, person_id) references person (cluster_id, id),
    foreign key (cluster_id, deputy_person_id) references person (cluster_id, id),
    check (person_id is not null or guest_name is not null),
    check (status = 'DEPUTY' or deputy_person_id is null)
);
create index attendance_meeting on attendance (cluster_id, meeting_id, sort_order);
create unique index attendance_person_seat on attendance (meeting_id, person_id, coalesce(seat, '')) where person_id is not null;

-- Agenda items (saker). Top-level items carry a case number NN-YY per body and calendar year;
-- sub-items (a, b, c) hang under a parent and carry no number of their own.
create table agenda_item (
    id                  uuid primary key default gen_random_uuid(),
    cluster_id          uuid         not null references cluster (id),
    meeting_id          uuid         not null,
    body_id             uuid         not null,
    parent_id           uuid,
    position            integer      not null,
    case_year           smallint,
    case_seq            integer,
    type                varchar(20)  not null check (type in ('APPROVAL', 'INFORMATION', 'DISCUSSION', 'DECISION',
                                                              'ELECTION', 'OTHER_BUSINESS')),
    title               varchar(500) not null,
    presenter_person_id uuid,
    presenter_text      varchar(500),
    proposed_decision   text,
    prior_handling      text,
    planned_minutes     integer check (planned_minutes is null or planned_minutes between 1 and 600),
    raised_at_meeting   boolean      not null default false,
    access              varchar(8)   not null default 'PUBLIC' check (access in ('PUBLIC', 'MEMBERS', 'EXEMPT')),
    exemption_basis     varchar(200),
    public_title        varchar(500),
    exemption_ends      date,
    version             integer      not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, meeting_id) references meeting (cluster_id, id) on delete cascade,
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    foreign key (cluster_id, parent_id) references agenda_item (cluster_id, id) on delete cascade,
    foreign key (cluster_id, presenter_person_id) references person (cluster_id, id),
    check ((parent_id is null) = (case_seq is not null)),
    check ((case_seq is null) = (case_year is null)),
    check (access <> 'EXEMPT' or exemption_basis is not null)
);
create unique index agenda_item_case_number on agenda_item (cluster_id, body_id, case_year, case_seq)
    where case_seq is not null;
create index agenda_item_meeting on agenda_item (cluster_id, meeting_id, parent_id, position);

-- Documents and links of an item; "ettersendt" = sent after the summons.
create table item_document (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    item_id         uuid          not null,
    title           varchar(500)  not null,
    url             varchar(2000) not null,
    sent_after      boolean       not null default false,
    sent_after_on   date,
    access          varchar(8)    not null default 'PUBLIC' check (access in ('PUBLIC', 'MEMBERS', 'EXEMPT')),
    exemption_basis varchar(200),
    public_title    varchar(500),
    exemption_ends  date,
    position        integer       not null default 0,
    version         integer       not null default 0,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade,
    check (access <> 'EXEMPT' or exemption_basis is not null)
);
create index item_document_item on item_document (cluster_id, item_id, position);

select audit_table('meeting_settings');
select audit_table('meeting');
select audit_table('meeting_event');
select audit_table('attendance');
select audit_table('agenda_item');
select audit_table('item_document');
