-- The user panel (Brukerpanel, issue 16 req. 4). The panel is a body (type USER_PANEL) and its
-- members are the body's memberships; this module adds the panel's periods ("Brukerpanel 2023–2025",
-- with its constituting meeting and mandate) and the assignments of user representatives to external
-- bodies and projects ("Pasientens legemiddelliste", at the directorate's request), whose status
-- changes are kept with their dates.
create table user_panel_period (
    id                      uuid primary key default gen_random_uuid(),
    cluster_id              uuid          not null references cluster (id),
    body_id                 uuid          not null,
    name                    varchar(200)  not null,
    valid_from              date          not null,
    valid_to                date          not null,
    constituting_meeting_id uuid,
    mandate                 varchar(4000),
    version                 integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    foreign key (cluster_id, constituting_meeting_id) references meeting (cluster_id, id)
        on delete set null (constituting_meeting_id),
    check (valid_to >= valid_from)
);
create index user_panel_period_body on user_panel_period (cluster_id, body_id, valid_from);

create table user_panel_assignment (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    body_id         uuid          not null,
    person_id       uuid          not null,
    external_body   varchar(300)  not null,
    requested_by    varchar(300),
    valid_from      date,
    valid_to        date,
    status          varchar(12)   not null default 'REQUESTED'
        check (status in ('REQUESTED', 'ASSIGNED', 'ENDED', 'DECLINED')),
    note            varchar(4000),
    meeting_item_id uuid,
    version         integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    foreign key (cluster_id, person_id) references person (cluster_id, id),
    foreign key (cluster_id, meeting_item_id) references agenda_item (cluster_id, id) on delete set null (meeting_item_id),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index user_panel_assignment_body on user_panel_assignment (cluster_id, body_id);

-- Each status an assignment has had, from the day it took effect.
create table user_panel_assignment_status (
    id            uuid primary key default gen_random_uuid(),
    cluster_id    uuid          not null references cluster (id),
    assignment_id uuid          not null,
    status        varchar(12)   not null check (status in ('REQUESTED', 'ASSIGNED', 'ENDED', 'DECLINED')),
    effective_on  date          not null,
    note          varchar(1000),
    changed_by    varchar(120)  not null,
    changed_at    timestamptz   not null default now(),
    unique (cluster_id, id),
    foreign key (cluster_id, assignment_id) references user_panel_assignment (cluster_id, id) on delete cascade
);
create index user_panel_assignment_status_of on user_panel_assignment_status (cluster_id, assignment_id);

select audit_table('user_panel_period');
select audit_table('user_panel_assignment');
select audit_table('user_panel_assignment_status');
