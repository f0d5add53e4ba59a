-- Strategy (issue 16, requirement 6): a strategy period with ordered focus areas and goals, the UN
-- sustainable development goals (numbers 1-17, named in the message bundles) per goal, a traffic light per
-- goal kept as a dated history (a new assessment never overwrites an old one; the current light is the
-- newest), and inputs to the strategy linked to the meeting item where they were given.
create table strategy (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    name            varchar(300)  not null check (trim(name) <> ''),
    from_year       integer       not null check (from_year between 1900 and 2200),
    to_year         integer       not null check (to_year between 1900 and 2200),
    status          varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'ADOPTED')),
    adopted_item_id uuid,
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    unique (cluster_id, id),
    foreign key (cluster_id, adopted_item_id) references agenda_item (cluster_id, id),
    check (to_year >= from_year)
);

create table strategy_focus_area (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    strategy_id uuid          not null,
    position    integer       not null default 0,
    name        varchar(300)  not null check (trim(name) <> ''),
    description varchar(4000),
    unique (cluster_id, id),
    foreign key (cluster_id, strategy_id) references strategy (cluster_id, id) on delete cascade
);

-- owner_body_id: the body answering for the goal (optional).
create table strategy_goal (
    id            uuid primary key default gen_random_uuid(),
    cluster_id    uuid          not null references cluster (id),
    focus_area_id uuid          not null,
    position      integer       not null default 0,
    text          varchar(1000) not null check (trim(text) <> ''),
    owner_body_id uuid,
    version       integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, focus_area_id) references strategy_focus_area (cluster_id, id) on delete cascade,
    foreign key (cluster_id, owner_body_id) references body (cluster_id, id)
);

create table strategy_goal_sdg (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid     not null references cluster (id),
    goal_id    uuid     not null,
    sdg        smallint not null check (sdg between 1 and 17),
    unique (cluster_id, goal_id, sdg),
    foreign key (cluster_id, goal_id) references strategy_goal (cluster_id, id) on delete cascade
);

-- One traffic-light assessment: never updated; assessed_by is the assessor's name as shown with it.
create table strategy_assessment (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    goal_id     uuid          not null,
    assessed_on date          not null,
    light       varchar(20)   not null check (light in ('GREEN', 'YELLOW', 'RED', 'NOT_ASSESSED')),
    comment     varchar(4000),
    assessed_by varchar(200)  not null check (trim(assessed_by) <> ''),
    created_at  timestamptz   not null default clock_timestamp(),
    unique (cluster_id, id),
    foreign key (cluster_id, goal_id) references strategy_goal (cluster_id, id) on delete cascade
);

-- An input to the strategy: what was said, by whom (a body, a partner or a person's name as given in the
-- minutes), when, and at which meeting item; optionally the focus area or goal it concerns.
create table strategy_input (
    id            uuid primary key default gen_random_uuid(),
    cluster_id    uuid          not null references cluster (id),
    strategy_id   uuid          not null,
    text          varchar(4000) not null check (trim(text) <> ''),
    given_by      varchar(300)  not null check (trim(given_by) <> ''),
    organisation  varchar(300),
    given_on      date          not null,
    item_id       uuid,
    focus_area_id uuid,
    goal_id       uuid,
    status        varchar(20)   not null default 'NEW'
        check (status in ('NEW', 'CONSIDERED', 'INCORPORATED', 'NOT_USED')),
    version       integer       not null default 0,
    created_at    timestamptz   not null default now(),
    unique (cluster_id, id),
    foreign key (cluster_id, strategy_id) references strategy (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id),
    foreign key (cluster_id, focus_area_id) references strategy_focus_area (cluster_id, id),
    foreign key (cluster_id, goal_id) references strategy_goal (cluster_id, id)
);

create index strategy_focus_area_strategy on strategy_focus_area (cluster_id, strategy_id, position);
create index strategy_goal_focus_area on strategy_goal (cluster_id, focus_area_id, position);
create index strategy_goal_sdg_goal on strategy_goal_sdg (cluster_id, goal_id);
create index strategy_assessment_goal on strategy_assessment (cluster_id, goal_id, assessed_on desc, created_at desc);
create index strategy_input_strategy on strategy_input (cluster_id, strategy_id, given_on);

select audit_table('strategy');
select audit_table('strategy_focus_area');
select audit_table('strategy_goal');
select audit_table('strategy_goal_sdg');
select audit_table('strategy_assessment');
select audit_table('strategy_input');
