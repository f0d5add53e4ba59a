-- Collaboration partners (issue 16, requirement 5): other clusters and networks the cluster works with, their
-- status (DIALOG, FORMALISED, ENDED) with a dated history, a contact person (staff only), the agenda items that
-- decided on them and the events held together. Items and events belong to other modules: they are linked by id
-- without a foreign key and read through meeting_item_v and event's API, so a link to something gone is skipped.
-- The contact person's name, e-mail and phone stay out of the audit log (audit_row_except), which is never cleared.
create table collaboration_partner (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    name            varchar(200)  not null check (trim(name) <> ''),
    kind            varchar(20)   not null check (kind in ('CLUSTER', 'NETWORK', 'HOSPITAL', 'CENTRE', 'MUNICIPALITY',
                                                           'OTHER')),
    web_site        varchar(500) check (web_site ~ '^https?://'),
    description     varchar(4000),
    status          varchar(20)   not null check (status in ('DIALOG', 'FORMALISED', 'ENDED')),
    status_since    date          not null,
    -- null: public by status (FORMALISED only); true/false: staff chose (an ended partner is never public)
    show_publicly   boolean,
    contact_name    varchar(200),
    contact_email   varchar(320),
    contact_phone   varchar(40),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    unique (cluster_id, id),
    unique (cluster_id, name)
);

create table collaboration_status_change (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    partner_id  uuid          not null,
    status      varchar(20)   not null check (status in ('DIALOG', 'FORMALISED', 'ENDED')),
    changed_on  date          not null,
    comment     varchar(2000),
    changed_by  varchar(200)  not null,
    created_at  timestamptz   not null default now(),
    unique (cluster_id, id),
    foreign key (cluster_id, partner_id) references collaboration_partner (cluster_id, id) on delete cascade
);

create table collaboration_decision (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    partner_id  uuid          not null,
    item_id     uuid          not null,
    unique (cluster_id, id),
    unique (cluster_id, partner_id, item_id),
    foreign key (cluster_id, partner_id) references collaboration_partner (cluster_id, id) on delete cascade
);

create table collaboration_event (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    partner_id  uuid          not null,
    event_id    uuid          not null,
    unique (cluster_id, id),
    unique (cluster_id, partner_id, event_id),
    foreign key (cluster_id, partner_id) references collaboration_partner (cluster_id, id) on delete cascade
);

create trigger audit after insert or update or delete on collaboration_partner
    for each row execute function audit_row_except('contact_name', 'contact_email', 'contact_phone');
select audit_table('collaboration_status_change');
select audit_table('collaboration_decision');
select audit_table('collaboration_event');
