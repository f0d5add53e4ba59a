-- Account flags for the roles of the coming funding module: an applicant (søker) applies for
-- funding, a reviewer (fagfelle) assesses applications. Neither is a member of the cluster's bodies.
alter table account add column applicant boolean not null default false;
alter table account add column reviewer  boolean not null default false;
