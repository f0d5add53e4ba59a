-- The agenda on one page (issue 14): a body's usual place and Teams link, which a new meeting
-- starts from; its agenda template (the recurring items a new meeting can start from); and
-- files uploaded to an item.

alter table meeting_settings
    add column usual_address    varchar(300),
    add column usual_room       varchar(200),
    add column usual_online_url varchar(1000) check (usual_online_url is null or usual_online_url ~ '^https://\S+$');

create table agenda_template_item (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    body_id         uuid         not null,
    position        integer      not null,
    type            varchar(20)  not null,
    title           varchar(500) not null,
    planned_minutes integer check (planned_minutes between 1 and 600),
    version         integer      not null default 0,
    foreign key (cluster_id, body_id) references body (cluster_id, id) on delete cascade
);
create index agenda_template_item_body on agenda_template_item (cluster_id, body_id, position);
select audit_table('agenda_template_item');

-- The bytes of an uploaded document; item_document keeps its title, access and the link to
-- the download (/item-files/{id}). The audit log records the upload without the bytes.
create table item_document_file (
    id           uuid primary key default gen_random_uuid(),
    cluster_id   uuid         not null references cluster (id),
    document_id  uuid         not null,
    file_name    varchar(300) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    unique (cluster_id, id),
    unique (document_id)
);
alter table item_document add unique (cluster_id, id);
alter table item_document_file add foreign key (cluster_id, document_id)
    references item_document (cluster_id, id) on delete cascade;
create trigger audit after insert or update or delete on item_document_file
    for each row execute function audit_row_except('content');
