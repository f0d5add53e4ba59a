-- Budgets per year (issue 15): lines shared by every alternative, the alternatives (A, B, …) that each
-- set the pool of collaboration funds, the paying partners with their category (and the weight per
-- category when shares follow categories), the agenda items a budget is the basis of, its adoption
-- (alternative, item, conditions) and, after adoption, the revisions that alone may change it.
-- Shares per partner are never stored: they are computed from lines, alternatives and partners.
create table budget (
    id                     uuid primary key default gen_random_uuid(),
    cluster_id             uuid         not null references cluster (id),
    year                   smallint     not null check (year between 2000 and 2999),
    title                  varchar(200) not null,
    sharing                varchar(8)   not null default 'EQUAL' check (sharing in ('EQUAL', 'CATEGORY')),
    adopted_alternative_id uuid,
    adopted_item_id        uuid,
    conditions             varchar(2000),
    adopted_at             timestamptz,
    adopted_by             varchar(200),
    version                integer      not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, year),
    foreign key (cluster_id, adopted_item_id) references agenda_item (cluster_id, id)
        on delete set null (adopted_item_id),
    check ((adopted_alternative_id is null) = (adopted_at is null))
);

create table budget_alternative (
    id                  uuid primary key default gen_random_uuid(),
    cluster_id          uuid          not null references cluster (id),
    budget_id           uuid          not null,
    letter              varchar(3)    not null check (letter ~ '^[A-Z]{1,3}$'),
    collaboration_funds numeric(14, 2) not null check (collaboration_funds >= 0),
    note                varchar(500),
    version             integer       not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, budget_id, letter),
    foreign key (cluster_id, budget_id) references budget (cluster_id, id) on delete cascade
);

-- deferrable: budget and budget_alternative reference each other, and a restore inserts
-- the budget before its alternatives (checked at commit, see archive.Schema)
alter table budget add foreign key (cluster_id, adopted_alternative_id) references budget_alternative (cluster_id, id)
    deferrable initially deferred;

-- The pool line (COLLABORATION_FUNDS) takes its amount from each alternative; other lines are the same
-- in every alternative. actual is what was spent or received (follow-through).
create table budget_line (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid          not null references cluster (id),
    budget_id  uuid          not null,
    kind       varchar(24)   not null check (kind in ('COLLABORATION_FUNDS', 'COORDINATOR', 'USER_PANEL', 'EVENTS',
                                                      'OTHER')),
    direction  varchar(8)    not null check (direction in ('EXPENSE', 'INCOME')),
    name       varchar(200)  not null,
    amount     numeric(14, 2) not null default 0 check (amount >= 0),
    actual     numeric(14, 2) check (actual >= 0),
    position   integer       not null default 0,
    version    integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, budget_id) references budget (cluster_id, id) on delete cascade,
    check (kind <> 'COLLABORATION_FUNDS' or direction = 'EXPENSE')
);
create unique index budget_line_one_pool on budget_line (cluster_id, budget_id) where kind = 'COLLABORATION_FUNDS';
create index budget_line_budget on budget_line (cluster_id, budget_id, position);

-- A paying partner of the year, its category (an organisation type), and its invoice.
create table budget_partner (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid        not null references cluster (id),
    budget_id       uuid        not null,
    organisation_id uuid        not null,
    category        varchar(30) not null,
    invoiced_on     date,
    paid_on         date,
    version         integer     not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, budget_id, organisation_id),
    foreign key (cluster_id, budget_id) references budget (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id),
    check (paid_on is null or invoiced_on is not null and paid_on >= invoiced_on)
);

create table budget_category_weight (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    budget_id  uuid         not null,
    category   varchar(30)  not null,
    weight     numeric(6, 2) not null check (weight > 0),
    version    integer      not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, budget_id, category),
    foreign key (cluster_id, budget_id) references budget (cluster_id, id) on delete cascade
);

-- The agenda items a budget is the basis of (first discussion, decision).
create table budget_item (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references cluster (id),
    budget_id  uuid not null,
    item_id    uuid not null,
    unique (cluster_id, id),
    unique (cluster_id, item_id),
    foreign key (cluster_id, budget_id) references budget (cluster_id, id) on delete cascade,
    foreign key (cluster_id, item_id) references agenda_item (cluster_id, id) on delete cascade
);

-- A change of an adopted budget: who, when, why and what (kept; never edited).
create table budget_revision (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid          not null references cluster (id),
    budget_id  uuid          not null,
    reason     varchar(2000) not null check (length(trim(reason)) > 0),
    changes    text          not null,
    revised_by varchar(200)  not null,
    revised_at timestamptz   not null default now(),
    unique (cluster_id, id),
    foreign key (cluster_id, budget_id) references budget (cluster_id, id) on delete cascade
);
create index budget_revision_budget on budget_revision (cluster_id, budget_id, revised_at);

select audit_table('budget');
select audit_table('budget_alternative');
select audit_table('budget_line');
select audit_table('budget_partner');
select audit_table('budget_category_weight');
select audit_table('budget_item');
select audit_table('budget_revision');
