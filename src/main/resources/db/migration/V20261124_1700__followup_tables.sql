-- Follow-ups ("GG følger opp saken"): an owner (a person by code, or a body), what, by when.
create table follow_up (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    item_id         uuid          not null,
    owner_person_id uuid,
    owner_body_id   uuid,
    description     varchar(2000) not null,
    due_on          date,
    status          varchar(12)   not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    done_on         date,
    position        integer       not null default 0,
    version         integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade,
    foreign key (cluster_id, owner_person_id) references person (cluster_id, id),
    foreign key (cluster_id, owner_body_id) references body (cluster_id, id),
    check ((owner_person_id is null) <> (owner_body_id is null)),
    check (status <> 'DONE' or done_on is not null)
);
create index follow_up_owner_person on follow_up (cluster_id, owner_person_id, status);
create index follow_up_owner_body on follow_up (cluster_id, owner_body_id, status);
create index follow_up_item on follow_up (cluster_id, item_id);

select audit_table('follow_up');
