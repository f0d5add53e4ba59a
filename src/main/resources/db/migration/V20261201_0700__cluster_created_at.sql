-- When a cluster was set up: on a host that maps to no cluster, and with no cluster of the configured
-- default short name, visitors see the first cluster of the installation (see Clusters.byDefault).
alter table cluster add column created_at timestamptz not null default now();
