-- An installation administrator creates further clusters of the installation (/installation/clusters).
-- The administrator made at first-run setup is one; the flag is given only from the database or setup.
alter table account add column installation_administrator boolean not null default false;
