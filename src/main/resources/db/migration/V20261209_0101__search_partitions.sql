-- Search at scale (issue 17 req 2): the index is split by cluster (hash partitions), so a search
-- reads only its cluster's partition and that partition's GIN index. One GIN index over all
-- clusters (even with cluster_id in it, btree_gin) collects a prefix word's postings of every
-- cluster before it keeps its own ("budsjett:*" at 100 k entries: 16 ms; one partition: 0.5 ms),
-- so a cluster's search slowed down as other clusters grew.
--
-- 32 partitions: a few clusters share one at most. They live in their own schema, so the tables
-- of the application (public: audit, archive export, schema checks) see only search_entry.
-- The table is derived data (V20261208_0801): same columns, rows copied over, no audit trigger.
create schema search_part;

create table search_entry_new (
    id              uuid          not null default gen_random_uuid(),
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
    tsv             tsvector generated always as (
        setweight(to_tsvector('klynge_norwegian', title), 'A')
            || setweight(to_tsvector('klynge_norwegian', content), 'B')) stored,
    public_tsv      tsvector generated always as (to_tsvector('klynge_norwegian', coalesce(public_title, ''))) stored,
    check (reach <> 'EXEMPT' or exemption_basis is not null),
    check ((reach in ('MEMBERS', 'EXEMPT')) <= (body_id is not null and meeting_date is not null)),
    -- a partitioned table's keys include the partition key
    primary key (cluster_id, id),
    unique (cluster_id, kind, ref_id, part)
) partition by hash (cluster_id);

do $$
begin
    for i in 0..31 loop
        execute format('create table search_part.search_entry_%s partition of search_entry_new'
                       ' for values with (modulus 32, remainder %s)', lpad(i::text, 2, '0'), i);
    end loop;
end $$;

insert into search_entry_new (id, cluster_id, kind, ref_id, part, url, title, content, case_year, case_seq, body_id,
                              meeting_date, year, status, reach, exemption_basis, public_title, exemption_ends)
select id, cluster_id, kind, ref_id, part, url, title, content, case_year, case_seq, body_id,
       meeting_date, year, status, reach, exemption_basis, public_title, exemption_ends
from search_entry;

drop table search_entry;
alter table search_entry_new rename to search_entry;
alter table search_entry rename constraint search_entry_new_pkey to search_entry_pkey;
alter table search_entry rename constraint search_entry_new_cluster_id_kind_ref_id_part_key
    to search_entry_cluster_id_kind_ref_id_part_key;

create index search_entry_tsv on search_entry using gin (cluster_id, tsv);
create index search_entry_public_tsv on search_entry using gin (cluster_id, public_tsv) where reach = 'EXEMPT';
create index search_entry_filter on search_entry (cluster_id, kind, year);
create index search_entry_case on search_entry (cluster_id, case_year, case_seq) where case_seq is not null;
