create table organisation (
    id            uuid primary key default gen_random_uuid(),
    cluster_id    uuid         not null references cluster (id),
    name          varchar(200) not null,
    short_name    varchar(40),
    type          varchar(30)  not null check (type in ('UNIVERSITY', 'UNIVERSITY_COLLEGE', 'HEALTH_TRUST', 'HOSPITAL',
                                                        'MUNICIPALITY', 'COUNTY', 'RESEARCH_INSTITUTE', 'COMPANY',
                                                        'USER_ORGANISATION', 'OTHER')),
    parent_id     uuid references organisation (id),
    contact_name  varchar(200),
    contact_email varchar(254),
    contact_phone varchar(40),
    version       integer      not null default 0,
    unique (cluster_id, name),
    unique (cluster_id, id)
);
create index organisation_parent on organisation (cluster_id, parent_id);

-- Partner status over time: an organisation may be a partner, leave and come back.
create table partnership (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid not null references cluster (id),
    organisation_id uuid not null,
    valid_from      date not null,
    valid_to        date,
    version         integer not null default 0,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id) on delete cascade,
    check (valid_to is null or valid_to >= valid_from)
);
create index partnership_organisation on partnership (cluster_id, organisation_id);

create table person (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    name       varchar(200) not null,
    code       varchar(6)   not null check (code ~ '^[A-ZÆØÅ]{2,6}$'),
    email      varchar(254),
    phone      varchar(40),
    title      varchar(200),
    version    integer      not null default 0,
    unique (cluster_id, code),
    unique (cluster_id, id)
);
create index person_name on person (cluster_id, lower(name));

-- Where a person works, with history: "title, organisation" as it was on a date.
create table affiliation (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid not null references cluster (id),
    person_id       uuid not null,
    organisation_id uuid not null,
    valid_from      date not null,
    valid_to        date,
    version         integer not null default 0,
    foreign key (cluster_id, person_id) references person (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id),
    check (valid_to is null or valid_to >= valid_from)
);
create index affiliation_person on affiliation (cluster_id, person_id);

select audit_table('organisation');
select audit_table('partnership');
select audit_table('person');
select audit_table('affiliation');
