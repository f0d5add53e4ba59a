-- A cluster is the tenant: every other domain table carries its id.
create table cluster (
    id               uuid primary key default gen_random_uuid(),
    short_name       varchar(40)  not null unique check (short_name ~ '^[a-z0-9-]+$'),
    name             varchar(200) not null,
    host_name        varchar(200) unique,
    primary_colour   varchar(7)   not null default '#1f4e79' check (primary_colour ~ '^#[0-9a-fA-F]{6}$'),
    secondary_colour varchar(7)   not null default '#e8f0f7' check (secondary_colour ~ '^#[0-9a-fA-F]{6}$'),
    default_language varchar(2)   not null default 'nb' check (default_language in ('nb', 'nn', 'en')),
    time_zone        varchar(60)  not null default 'Europe/Oslo',
    logo_svg         text,
    version          integer      not null default 0
);
select audit_table('cluster');
