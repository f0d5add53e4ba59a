-- A comment on draft minutes becomes a conversation (issue 14): the secretariat answers it in a thread, marks it
-- handled, or applies it to the draft; the commenter sees which. Who did it is kept as the username (as the
-- audit log keeps it) and shown by the person's name.
alter table minutes_comment
    add column handled_at timestamptz,
    add column handled_by varchar(120),
    add column applied_at timestamptz,
    add column applied_by varchar(120),
    add column version    integer not null default 0;

alter table minutes_comment add constraint minutes_comment_cluster_id_id unique (cluster_id, id);

create table minutes_comment_reply (
    id               uuid primary key default gen_random_uuid(),
    cluster_id       uuid          not null references cluster (id),
    comment_id       uuid          not null,
    author           varchar(120)  not null,
    author_person_id uuid,
    text             varchar(5000) not null,
    created_at       timestamptz   not null default now(),
    foreign key (cluster_id, comment_id) references minutes_comment (cluster_id, id) on delete cascade
);
create index minutes_comment_reply_comment on minutes_comment_reply (cluster_id, comment_id, created_at);

-- who commented, for the commenter's start page
create index minutes_comment_person on minutes_comment (cluster_id, author_person_id, created_at);

select audit_table('minutes_comment_reply');
