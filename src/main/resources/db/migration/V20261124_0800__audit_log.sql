-- The audit log: every insert, update and delete of a domain table, with before/after values.
-- Filled by a trigger, so no write can bypass it; append-only, so nothing in it can be edited.
create table audit_log (
    id          bigserial primary key,
    cluster_id  uuid,
    occurred_at timestamptz not null default now(),
    actor       varchar(120) not null,
    table_name  varchar(63)  not null,
    operation   varchar(6)   not null,
    row_id      varchar(64),
    before      jsonb,
    after       jsonb
);
create index audit_log_cluster_time on audit_log (cluster_id, occurred_at desc);
create index audit_log_cluster_table on audit_log (cluster_id, table_name, row_id);

create function audit_row() returns trigger language plpgsql as $$
declare
    old_row jsonb;
    new_row jsonb;
    subject jsonb;
begin
    if tg_op <> 'INSERT' then old_row := to_jsonb(old) - 'password_hash' - 'token_hash'; end if;
    if tg_op <> 'DELETE' then new_row := to_jsonb(new) - 'password_hash' - 'token_hash'; end if;
    if tg_op = 'UPDATE' and old_row = new_row then
        return null; -- nothing a person would call a change
    end if;
    subject := coalesce(new_row, old_row);
    insert into audit_log (cluster_id, actor, table_name, operation, row_id, before, after)
    values (coalesce((subject ->> 'cluster_id')::uuid, (subject ->> 'id')::uuid),
            coalesce(nullif(current_setting('klynge.actor', true), ''), 'system'),
            tg_table_name, tg_op, subject ->> 'id', old_row, new_row);
    return null;
end $$;

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_append_only before update or delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- Each module calls this for each of its tables.
create function audit_table(target regclass) returns void language plpgsql as $$
begin
    execute format('create trigger audit after insert or update or delete on %s '
                   'for each row execute function audit_row()', target);
end $$;
