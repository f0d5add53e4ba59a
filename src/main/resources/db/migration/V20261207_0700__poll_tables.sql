-- Date polls (issue 16, req. 1): the secretariat proposes dates and times for one or several meetings at once
-- ("26.8 eller 2.9"; "forslag til møtetider for alle tre møter i høst"). A poll has one slot per meeting it is to
-- fix ("Møte 1", "Møte 2", …), each slot its options (a day with start and end, Europe/Oslo wall time). Invitees
-- come from a body's members and deputies or by e-mail; each answers through a personal link (only the SHA-256 of
-- its token is kept, and the audit trigger drops token_hash) yes / if need be / no per option, and may change the
-- answer until the poll is closed. Closing chooses one option per slot (option.chosen) and makes it a meeting (slot.meeting_id); the choice is
-- kept on the option, not the slot, so the foreign keys form no cycle (a restore inserts parents first).
create table poll (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    body_id     uuid,
    title       varchar(300)  not null,
    description varchar(4000),
    status      varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    show_names  boolean       not null default false,
    answer_by   date,
    created_by  varchar(120)  not null,
    created_at  timestamptz   not null default now(),
    closed_at   timestamptz,
    version     integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    check ((status = 'CLOSED') = (closed_at is not null))
);

create table poll_slot (
    id                uuid primary key default gen_random_uuid(),
    cluster_id        uuid         not null references cluster (id),
    poll_id           uuid         not null,
    label             varchar(100) not null,
    sort_order        integer      not null,
    meeting_id        uuid,
    unique (cluster_id, id),
    unique (cluster_id, poll_id, label),
    foreign key (cluster_id, poll_id) references poll (cluster_id, id),
    foreign key (cluster_id, meeting_id) references meeting (cluster_id, id)
);

create table poll_option (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid    not null references cluster (id),
    poll_id     uuid    not null,
    slot_id     uuid    not null,
    option_date date    not null,
    starts_at   time    not null,
    ends_at     time    not null,
    chosen      boolean not null default false,
    unique (cluster_id, id),
    unique (cluster_id, slot_id, option_date, starts_at),
    foreign key (cluster_id, poll_id) references poll (cluster_id, id),
    foreign key (cluster_id, slot_id) references poll_slot (cluster_id, id),
    check (ends_at > starts_at)
);

create table poll_invitee (
    id                   uuid primary key default gen_random_uuid(),
    cluster_id           uuid         not null references cluster (id),
    poll_id              uuid         not null,
    person_id            uuid,
    deputy_for_person_id uuid,
    name                 varchar(200) not null,
    email                varchar(320) not null,
    invited_at           timestamptz,
    unique (cluster_id, id),
    unique (cluster_id, poll_id, email),
    foreign key (cluster_id, poll_id) references poll (cluster_id, id),
    foreign key (cluster_id, person_id) references person (cluster_id, id)
);

-- The personal links of the invitation and the reminders: each mail carries a fresh token, and the older links
-- keep working, so the first mail still opens the answer page after a reminder.
create table poll_link (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    invitee_id uuid        not null,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now(),
    foreign key (cluster_id, invitee_id) references poll_invitee (cluster_id, id)
);

create table poll_answer (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid        not null references cluster (id),
    invitee_id uuid        not null,
    option_id  uuid        not null,
    answer     varchar(12) not null check (answer in ('YES', 'IF_NEED_BE', 'NO')),
    changed_at timestamptz not null default now(),
    unique (cluster_id, invitee_id, option_id),
    foreign key (cluster_id, invitee_id) references poll_invitee (cluster_id, id),
    foreign key (cluster_id, option_id) references poll_option (cluster_id, id)
);

-- Reminders, by the secretariat's button or the daily job: at most one per invitee and day.
create table poll_reminder (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    invitee_id uuid         not null,
    sent_on    date         not null,
    sent_at    timestamptz  not null default now(),
    sent_by    varchar(120) not null,
    unique (cluster_id, invitee_id, sent_on),
    foreign key (cluster_id, invitee_id) references poll_invitee (cluster_id, id)
);

create index poll_slot_poll on poll_slot (cluster_id, poll_id);
create index poll_option_slot on poll_option (cluster_id, slot_id);
create index poll_invitee_poll on poll_invitee (cluster_id, poll_id);
create index poll_link_invitee on poll_link (cluster_id, invitee_id);
create index poll_answer_option on poll_answer (cluster_id, option_id);

select audit_table('poll');
select audit_table('poll_slot');
select audit_table('poll_option');
select audit_table('poll_invitee');
select audit_table('poll_link');
select audit_table('poll_answer');
select audit_table('poll_reminder');
