-- Usernames are unique per cluster, not per installation: one cluster must not learn (or block)
-- another's usernames. Login finds the account in the cluster of the request's host name
-- (see AccountUserDetailsService); "username@cluster" names it on any host.
alter table account drop constraint account_username_key;
create unique index account_username on account (cluster_id, username);
create index account_username_any on account (username);
