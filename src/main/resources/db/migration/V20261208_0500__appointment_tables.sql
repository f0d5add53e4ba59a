-- Appointments (issue 16, requirement 7): positions of trust with a standard term length, warnings before a
-- term ends, and the appointment process for a position's next term as dated steps linked to the agenda items
-- that handled them. The holder of a body's position (leder for Styringsgruppen) is that body's membership in
-- the role: its terms are read from membership_v and written through body's API, never kept twice here. Only a
-- free position (Klyngefasilitator) keeps its own terms.
create table appointment_position (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid         not null references cluster (id),
    name        varchar(200) not null check (trim(name) <> ''),
    body_id     uuid,
    role        varchar(20) check (role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'DEPUTY', 'OBSERVER', 'SECRETARIAT',
                                            'FACILITATOR')),
    term_years  integer      not null default 2 check (term_years between 1 and 10),
    position    integer      not null default 0,
    version     integer      not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, name),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    check ((body_id is null) = (role is null))
);
create unique index appointment_position_body_role on appointment_position (cluster_id, body_id, role)
    where body_id is not null;

-- A term of a free position; the person is needed to name the holder (public: name, position and term only).
create table appointment_term (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid not null references cluster (id),
    position_id uuid not null,
    person_id   uuid not null,
    valid_from  date not null,
    valid_to    date,
    unique (cluster_id, id),
    foreign key (cluster_id, position_id) references appointment_position (cluster_id, id) on delete cascade,
    foreign key (cluster_id, person_id) references person (cluster_id, id),
    check (valid_to is null or valid_to >= valid_from)
);

-- The process for a position's next term: its current step (DONE once the new term is registered).
create table appointment_process (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid        not null references cluster (id),
    position_id uuid        not null,
    term_from   date        not null,
    term_to     date,
    step        varchar(20) not null default 'NEED_IDENTIFIED'
        check (step in ('NEED_IDENTIFIED', 'NOMINATION', 'DECISION', 'DONE')),
    created_at  timestamptz not null default now(),
    version     integer     not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, position_id) references appointment_position (cluster_id, id) on delete cascade,
    check (term_to is null or term_to >= term_from)
);

-- One step of a process, dated, with a note and (for a nomination or decision) the person concerned.
create table appointment_step (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    process_id  uuid          not null,
    step        varchar(20)   not null check (step in ('NEED_IDENTIFIED', 'NOMINATION', 'DECISION')),
    happened_on date          not null,
    note        varchar(4000),
    person_id   uuid,
    unique (cluster_id, id),
    unique (cluster_id, process_id, step),
    foreign key (cluster_id, process_id) references appointment_process (cluster_id, id) on delete cascade,
    foreign key (cluster_id, person_id) references person (cluster_id, id)
);

-- The agenda items that handled a step (sak 04-23).
create table appointment_step_item (
    cluster_id uuid not null references cluster (id),
    step_id    uuid not null,
    item_id    uuid not null,
    primary key (cluster_id, step_id, item_id),
    foreign key (cluster_id, step_id) references appointment_step (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade
);

-- A warning sent before a term ends: one per term (position, holder, end), so the daily job mails once.
create table appointment_warning (
    cluster_id  uuid not null references cluster (id),
    position_id uuid not null,
    person_id   uuid not null,
    term_ends   date not null,
    warned_on   date not null,
    primary key (cluster_id, position_id, person_id, term_ends),
    foreign key (cluster_id, position_id) references appointment_position (cluster_id, id) on delete cascade
);

select audit_table('appointment_position');
select audit_table('appointment_term');
select audit_table('appointment_process');
select audit_table('appointment_step');
select audit_table('appointment_step_item');
select audit_table('appointment_warning');
