-- audit_row() for tables with a secret of their own: the trigger's arguments name the columns
-- the log never gets (e.g. a single sign-on provider's client secret), on top of the password
-- and token hashes audit_row() already drops. Attach it as the trigger named "audit", so the
-- table counts as audited:
--   create trigger audit after insert or update or delete on t
--       for each row execute function audit_row_except('secret_column');
create function audit_row_except() returns trigger language plpgsql as $$
declare
    old_row jsonb;
    new_row jsonb;
    subject jsonb;
    hidden text[] := array['password_hash', 'token_hash'] || tg_argv;
begin
    if current_setting('klynge.restoring', true) = 'on' then
        return null;
    end if;
    if tg_op <> 'INSERT' then old_row := to_jsonb(old) - hidden; end if;
    if tg_op <> 'DELETE' then new_row := to_jsonb(new) - hidden; end if;
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
