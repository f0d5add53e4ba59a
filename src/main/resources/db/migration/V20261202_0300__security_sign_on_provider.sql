-- Single sign-on: the OpenID Connect providers (Feide, ID-porten, Entra ID, Keycloak …) whose
-- users may log in to one cluster. The provider's id is its OAuth2 registration id, and every
-- lookup filters on the cluster of the host name, so one cluster's provider never logs anyone
-- into another cluster.
create table sign_on_provider (
    id                  uuid primary key default gen_random_uuid(),
    cluster_id          uuid         not null references cluster (id),
    name                varchar(100) not null,
    issuer              varchar(500) not null,
    client_id           varchar(200) not null,
    -- Write-only: never shown, exported or audited (the audit trigger below drops it). Empty
    -- after a restore of an export, which leaves it out: the administrator enters it again.
    client_secret       varchar(500),
    email_claim         varchar(100) not null default 'email',
    -- true: the provider only ever issues verified addresses (Entra ID sends no email_verified)
    trusts_email        boolean      not null default false,
    secret_changed_at   timestamptz,
    version             integer      not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, name)
);

-- audit_row() without the client secret: the log shows that the secret changed
-- (secret_changed_at), never the secret.
create function audit_row_without_secret() returns trigger language plpgsql as $$
declare
    old_row jsonb;
    new_row jsonb;
    subject jsonb;
begin
    if current_setting('klynge.restoring', true) = 'on' then
        return null;
    end if;
    if tg_op <> 'INSERT' then old_row := to_jsonb(old) - 'client_secret'; end if;
    if tg_op <> 'DELETE' then new_row := to_jsonb(new) - 'client_secret'; end if;
    if tg_op = 'UPDATE' and old_row = new_row then
        return null;
    end if;
    subject := coalesce(new_row, old_row);
    insert into audit_log (cluster_id, actor, table_name, operation, row_id, before, after)
    values ((subject ->> 'cluster_id')::uuid,
            coalesce(nullif(current_setting('klynge.actor', true), ''), 'system'),
            tg_table_name, tg_op, subject ->> 'id', old_row, new_row);
    return null;
end $$;

create trigger audit after insert or update or delete on sign_on_provider
    for each row execute function audit_row_without_secret();
