-- Funding (issue 15): funds, calls for applications with their text, criteria and rule-conditions,
-- the comment round on the call text, applicants and their applications. Review, awards and
-- leverage build on these tables (application id, the applicant organisations, the named persons).

-- A fund: the yearly collaboration funds (amount from the adopted budget of the year, "amount" is
-- the typed fallback) or a named fund with its own period and amount.
create table fund (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    kind        varchar(20)   not null check (kind in ('COLLABORATION', 'NAMED')),
    name        varchar(200)  not null,
    year        integer check (year between 2000 and 2100),
    valid_from  date,
    valid_to    date,
    amount      numeric(14, 2) check (amount >= 0),
    description varchar(4000),
    version     integer       not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, name),
    check (kind <> 'COLLABORATION' or year is not null),
    check (kind <> 'NAMED' or (valid_from is not null and valid_to is not null and amount is not null)),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
select audit_table('fund');

-- A call for applications. Its conditions are rules the application form and the submission check:
-- a municipal partner, buy-out (frikjøp) up to an amount and/or a share of the applied sum, a
-- maximum per application, the eligible applicant organisations (funding_call_organisation), the
-- deadline. Life cycle: DRAFT -> COMMENT_ROUND -> ADOPTED (agenda item of the vedtak) -> PUBLISHED
-- -> CLOSED -> DECIDED.
create table funding_call (
    id                         uuid primary key default gen_random_uuid(),
    cluster_id                 uuid           not null references cluster (id),
    fund_id                    uuid           not null,
    title                      varchar(300)   not null,
    status                     varchar(20)    not null default 'DRAFT'
        check (status in ('DRAFT', 'COMMENT_ROUND', 'ADOPTED', 'PUBLISHED', 'CLOSED', 'DECIDED')),
    committee_body_id          uuid           not null,
    deciding_body_id           uuid,
    deadline                   timestamptz,
    max_per_application        numeric(14, 2) check (max_per_application > 0),
    municipal_partner_required boolean        not null default false,
    buyout_max_amount          numeric(14, 2) check (buyout_max_amount >= 0),
    buyout_max_share           numeric(5, 4) check (buyout_max_share between 0 and 1),
    adopted_item_id            uuid,
    adopted_at                 timestamptz,
    published_at               timestamptz,
    closed_at                  timestamptz,
    decided_at                 timestamptz,
    created_at                 timestamptz    not null default now(),
    version                    integer        not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, fund_id) references fund (cluster_id, id),
    foreign key (cluster_id, committee_body_id) references body (cluster_id, id),
    foreign key (cluster_id, deciding_body_id) references body (cluster_id, id),
    foreign key (cluster_id, adopted_item_id) references agenda_item (cluster_id, id)
);
create index funding_call_fund on funding_call (cluster_id, fund_id);
create index funding_call_status on funding_call (cluster_id, status);
select audit_table('funding_call');

-- The call's text in sections; every saved text is kept as a numbered version (the comment round
-- comments on a version, and two versions are compared side by side).
create table call_section (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    call_id    uuid         not null,
    position   integer      not null,
    heading    varchar(300) not null,
    body       text         not null default '' check (length(body) <= 20000),
    version    integer      not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id) on delete cascade
);
create index call_section_call on call_section (cluster_id, call_id, position);
select audit_table('call_section');

create table call_section_version (
    id         uuid primary key default gen_random_uuid(),
    cluster_id uuid         not null references cluster (id),
    section_id uuid         not null,
    number     integer      not null,
    heading    varchar(300) not null,
    body       text         not null check (length(body) <= 20000),
    created_at timestamptz  not null default now(),
    created_by varchar(120) not null,
    unique (cluster_id, id),
    unique (section_id, number),
    foreign key (cluster_id, section_id) references call_section (cluster_id, id) on delete cascade
);
select audit_table('call_section_version');

-- A comment of a member of the deciding body on one version of a section, during the comment round.
create table call_comment (
    id               uuid primary key default gen_random_uuid(),
    cluster_id       uuid          not null references cluster (id),
    section_id       uuid          not null,
    section_version  integer       not null,
    author           varchar(120)  not null,
    author_person_id uuid,
    text             varchar(5000) not null,
    created_at       timestamptz   not null default now(),
    unique (cluster_id, id),
    foreign key (cluster_id, section_id) references call_section (cluster_id, id) on delete cascade,
    foreign key (cluster_id, author_person_id) references person (cluster_id, id)
);
create index call_comment_section on call_comment (cluster_id, section_id, created_at);
select audit_table('call_comment');

-- Assessment criteria with weights (per cent of the total score).
create table call_criterion (
    id          uuid primary key default gen_random_uuid(),
    cluster_id  uuid          not null references cluster (id),
    call_id     uuid          not null,
    position    integer       not null,
    name        varchar(300)  not null,
    description varchar(2000),
    weight      integer       not null check (weight between 0 and 100),
    version     integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id) on delete cascade
);
create index call_criterion_call on call_criterion (cluster_id, call_id, position);
select audit_table('call_criterion');

-- The organisations that may apply (as lead or partner): the eligible applicant organisations.
create table funding_call_organisation (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid not null references cluster (id),
    call_id         uuid not null,
    organisation_id uuid not null,
    unique (call_id, organisation_id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id)
);
select audit_table('funding_call_organisation');

-- An applicant: an account with the APPLICANT flag, the name it applies under and its organisation.
create table applicant (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    account_id      uuid         not null,
    name            varchar(200) not null,
    email           varchar(254) not null,
    organisation_id uuid,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    unique (cluster_id, id),
    unique (cluster_id, account_id),
    foreign key (cluster_id, account_id) references account (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id)
);
select audit_table('applicant');

-- A registration waiting for its e-mail confirmation. The link's token is stored only as a hash;
-- the chosen password only as its hash (audit_row drops both columns).
create table applicant_registration (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    email           varchar(254) not null,
    username        varchar(60)  not null,
    name            varchar(200) not null,
    organisation_id uuid,
    password_hash   varchar(200),                -- null after a restore: the export leaves it out
    token_hash      varchar(64)  not null unique,
    language        varchar(2),
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    confirmed_at    timestamptz,
    account_id      uuid,
    unique (cluster_id, id),
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id)
);
create index applicant_registration_email on applicant_registration (cluster_id, lower(email));
select audit_table('applicant_registration');

-- An application to a call: DRAFT (saved as the applicant types) -> SUBMITTED (before the deadline)
-- or WITHDRAWN. The applicant organisations are application_organisation (LEAD and PARTNER); the
-- named persons application_person: the review checks both for conflicts of interest.
create table application (
    id                   uuid primary key default gen_random_uuid(),
    cluster_id           uuid          not null references cluster (id),
    call_id              uuid          not null,
    applicant_id         uuid          not null,
    title                varchar(300)  not null default '',
    lead_name            varchar(200)  not null default '',
    lead_email           varchar(254)  not null default '',
    summary              varchar(8000) not null default '',
    status               varchar(12)   not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    submitted_at         timestamptz,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              integer       not null default 0,
    unique (cluster_id, id),
    foreign key (cluster_id, call_id) references funding_call (cluster_id, id),
    foreign key (cluster_id, applicant_id) references applicant (cluster_id, id),
    check (status <> 'SUBMITTED' or submitted_at is not null)
);
create index application_call on application (cluster_id, call_id, status);
create index application_applicant on application (cluster_id, applicant_id);
select audit_table('application');

create table application_organisation (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid        not null references cluster (id),
    application_id  uuid        not null,
    organisation_id uuid        not null,
    role            varchar(10) not null check (role in ('LEAD', 'PARTNER')),
    unique (application_id, organisation_id),
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id)
);
create unique index application_one_lead on application_organisation (application_id) where role = 'LEAD';
create index application_organisation_org on application_organisation (cluster_id, organisation_id);
select audit_table('application_organisation');

-- Persons named in the application (the project lead and participants), matched to the registry
-- when the e-mail address is known there.
create table application_person (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid         not null references cluster (id),
    application_id  uuid         not null,
    role            varchar(12)  not null check (role in ('LEAD', 'PARTICIPANT')),
    name            varchar(200) not null,
    email           varchar(254),
    person_id       uuid,
    organisation_id uuid,
    unique (cluster_id, id),
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade,
    foreign key (cluster_id, person_id) references person (cluster_id, id),
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id)
);
create index application_person_application on application_person (cluster_id, application_id);
create index application_person_person on application_person (cluster_id, person_id);
select audit_table('application_person');

-- The budget table: what is applied for, line by line; a BUYOUT line is frikjøp of staff time.
create table application_budget_line (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid           not null references cluster (id),
    application_id  uuid           not null,
    position        integer        not null,
    kind            varchar(10)    not null check (kind in ('BUYOUT', 'OPERATING', 'OTHER')),
    description     varchar(500)   not null default '',
    organisation_id uuid,
    amount          numeric(14, 2) not null check (amount >= 0),
    unique (cluster_id, id),
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade,
    foreign key (cluster_id, organisation_id) references organisation (cluster_id, id)
);
create index application_budget_line_application on application_budget_line (cluster_id, application_id, position);
select audit_table('application_budget_line');

-- Attachments: PDF only (checked by its first bytes), stored in the database (never under the web
-- root), served as a download with safe headers. Audited without the bytes.
create table application_attachment (
    id             uuid primary key default gen_random_uuid(),
    cluster_id     uuid         not null references cluster (id),
    application_id uuid         not null,
    file_name      varchar(200) not null,
    size_bytes     integer      not null check (size_bytes > 0),
    sha256         varchar(64)  not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null default now(),
    uploaded_by    varchar(120) not null,
    unique (cluster_id, id),
    foreign key (cluster_id, application_id) references application (cluster_id, id) on delete cascade
);
create index application_attachment_application on application_attachment (cluster_id, application_id);
create trigger audit after insert or update or delete on application_attachment
    for each row execute function audit_row_except('content');
