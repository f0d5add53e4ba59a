-- The login and password-reset throttles' counts (security.SharedCounts), shared by every
-- instance so a guesser gains nothing by being sent to another one. A row lives until
-- expires_at (its window after the first or the last event); expired rows are deleted as new
-- ones come. Per client address and typed name across hosts, as the counts in memory were:
-- no cluster_id; the system's own bookkeeping: no audit (SchemaTests says why).
create table throttle_count (
    counter_key text primary key,
    count int not null,
    first_at timestamptz not null,
    last_at timestamptz not null,
    expires_at timestamptz not null
);

create index throttle_count_expires on throttle_count (expires_at);
