-- Search at scale (issue 17 req 2): the words' GIN index is split by meeting date into blocks of
-- four years (partial indexes), so a search that ranks the newest matches reads the newest block
-- first and an older block only while it has found too few (SearchRepository.candidatesSql).
-- With one index a word found in a tenth of a cluster's parts read every match, in every year:
-- the work grew with the length of the history. Entries without a meeting date (people,
-- organisations and others) are in the oldest block, which is read last, as they were ranked last.
--
-- The blocks' dates are here and in SearchRepository.BLOCKS; they must be the same (the planner
-- uses a partial index only where the query's dates imply its condition). From 2028 the
-- newest block grows until a migration splits it (each block is one more part of every search's
-- plan, about 0.2 ms to plan, so there are no empty blocks for years ahead).
--
-- fastupdate off: an entry goes straight into the index, so a search never reads a list of
-- pending entries (and the planner's estimates do not count one); writes are a few at a time.
drop index search_entry_tsv;

create index search_entry_tsv_2028 on search_entry using gin (cluster_id, tsv) with (fastupdate = off)
    where meeting_date >= date '2028-01-01';
create index search_entry_tsv_2024 on search_entry using gin (cluster_id, tsv) with (fastupdate = off)
    where meeting_date >= date '2024-01-01' and meeting_date < date '2028-01-01';
create index search_entry_tsv_2020 on search_entry using gin (cluster_id, tsv) with (fastupdate = off)
    where meeting_date >= date '2020-01-01' and meeting_date < date '2024-01-01';
create index search_entry_tsv_2016 on search_entry using gin (cluster_id, tsv) with (fastupdate = off)
    where meeting_date >= date '2016-01-01' and meeting_date < date '2020-01-01';
create index search_entry_tsv_older on search_entry using gin (cluster_id, tsv) with (fastupdate = off)
    where meeting_date < date '2016-01-01' or meeting_date is null;

-- The results page lists the years and statuses a cluster's index holds, by walking these
-- (SearchRepository.years, statuses) instead of reading every entry.
create index search_entry_year on search_entry (cluster_id, year);
create index search_entry_status on search_entry (cluster_id, status);
