-- A restore of a cluster export (klynge.archive) inserts the cluster's rows together with the
-- cluster's audit log as it was. Logging those inserts again would add a second, false history
-- ("restore inserted everything today"), so the restore sets klynge.restoring = 'on' for its own
-- transaction (set_config(..., true)) and the trigger skips logging while it is on. Ordinary
-- transactions never set it; current_setting(..., true) is null for them.
create or replace function audit_row() returns trigger language plpgsql as $$
declare
    old_row jsonb;
    new_row jsonb;
    subject jsonb;
begin
    if current_setting('klynge.restoring', true) = 'on' then
        return null;
    end if;
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
