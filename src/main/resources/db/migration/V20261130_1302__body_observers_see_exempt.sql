-- Who sees exempt items of a body: staff and members with a voting seat; with this set, also the
-- body's observers, facilitator and deputies (decided by the body, default no).
alter table body add column observers_see_exempt boolean not null default false;
