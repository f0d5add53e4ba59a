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

-- Audited without the client secret (audit_row_except, see V20261202_0300): the log shows that
-- the secret changed (secret_changed_at), never the secret.
create trigger audit after insert or update or delete on sign_on_provider
    for each row execute function audit_row_except('client_secret');
