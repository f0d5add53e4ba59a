-- The search index (issue 17): one row per searchable part of a page (an item, its minutes, a case,
-- a person …), fed by every module's shared.SearchSource and rebuilt from them, so it is derived
-- data: no audit trigger (SchemaTests.NOT_AUDITED says why), and a rebuild replaces a cluster's rows.
--
-- Words are matched with the Norwegian snowball stemmer ('budsjettet' finds 'budsjett') after
-- unaccent, so 'Sorensen' finds 'Sørensen' and 'kafe' finds 'kafé'. unaccent is a trusted contrib
-- extension (in the embedded PostgreSQL and in Debian's postgresql package).
create extension if not exists unaccent;
-- btree_gin (trusted contrib too) lets one GIN index hold the cluster and the words, so a search
-- reads only its cluster's postings instead of every cluster's and filtering after.
create extension if not exists btree_gin;

create text search configuration klynge_norwegian (copy = norwegian);
alter text search configuration klynge_norwegian
    alter mapping for hword, hword_part, word with unaccent, norwegian_stem;

create table search_entry (
    id              uuid primary key default gen_random_uuid(),
    cluster_id      uuid          not null references cluster (id),
    kind            varchar(20)   not null,
    ref_id          uuid          not null,
    part            varchar(20)   not null default 'MAIN',
    url             varchar(500)  not null,
    title           varchar(1000) not null,
    content         text          not null default '',
    case_year       smallint,
    case_seq        integer,
    body_id         uuid,
    meeting_date    date,
    year            smallint,
    status          varchar(40),
    reach           varchar(10)   not null check (reach in ('PUBLIC', 'SIGNED_IN', 'MEMBERS', 'EXEMPT', 'STAFF')),
    exemption_basis varchar(200),
    public_title    varchar(1000),
    exemption_ends  date,
    -- title (with the case number) weighs most, the text after it
    tsv             tsvector generated always as (
        setweight(to_tsvector('klynge_norwegian', title), 'A')
            || setweight(to_tsvector('klynge_norwegian', content), 'B')) stored,
    -- what may be matched by those who see an exempt part only by its public title
    public_tsv      tsvector generated always as (to_tsvector('klynge_norwegian', coalesce(public_title, ''))) stored,
    check (reach <> 'EXEMPT' or exemption_basis is not null),
    check ((reach in ('MEMBERS', 'EXEMPT')) <= (body_id is not null and meeting_date is not null)),
    unique (cluster_id, kind, ref_id, part)
);
create index search_entry_tsv on search_entry using gin (cluster_id, tsv);
create index search_entry_public_tsv on search_entry using gin (cluster_id, public_tsv) where reach = 'EXEMPT';
create index search_entry_filter on search_entry (cluster_id, kind, year);
create index search_entry_case on search_entry (cluster_id, case_year, case_seq) where case_seq is not null;
