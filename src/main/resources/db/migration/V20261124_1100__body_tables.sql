-- Governing bodies. Their names change over time (Arbeidsgruppen became Styringsgruppen in 2022):
-- body_name keeps every name with its dates, so old minutes keep the name the body had then.
create table body (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid        not null references cluster (id),
    type           varchar(30) not null check (type in ('PARTNER_MEETING', 'STEERING_GROUP', 'WORKING_GROUP',
                                                        'USER_PANEL', 'REVIEW_COMMITTEE', 'OTHER')),
    mandate        text,
    predecessor_id uuid,
    established_on date,
    dissolved_on   date,
    sort_order     integer     not null default 0,
    version        integer     not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, predecessor_id) references body (cluster_id, id)
);

create table body_name (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    body_id    uuid         not null,
    name       varchar(200) not null,
    valid_from date         not null,
    version    integer      not null default 0,
    foreign key (cluster_id, body_id) references body (cluster_id, id) on delete cascade,
    unique (body_id, valid_from)
);

create table membership (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    body_id         uuid         not null,
    person_id       uuid         not null,
    role            varchar(20)  not null check (role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'DEPUTY', 'OBSERVER',
                                                          'SECRETARIAT', 'FACILITATOR')),
    seat            varchar(200) not null,
    organisation_id uuid,
    deputy_for_id   uuid,
    valid_from      date         not null,
    valid_to        date,
    sort_order      integer      not null default 0,
    version         integer      not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, body_id) references body (cluster_id, id),
    foreign key (cluster_id, person_id) references person (cluster_id, id),
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id),
    foreign key (cluster_id, deputy_for_id) references membership (cluster_id, id),
    check (valid_to is null or valid_to >= valid_from),
    check ((role = 'DEPUTY') = (deputy_for_id is not null))
);
create index membership_body on membership (cluster_id, body_id, valid_from);
create index membership_person on membership (cluster_id, person_id);

select audit_table('body');
select audit_table('body_name');
select audit_table('membership');
