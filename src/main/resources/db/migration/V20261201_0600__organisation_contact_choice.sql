-- Issue 11/10: a person's e-mail and phone are for staff and the person; the person (or staff on
-- their behalf) may choose to show them to the cluster's other logged-in users.
alter table person
    add column show_email boolean not null default false,
    add column show_phone boolean not null default false;
