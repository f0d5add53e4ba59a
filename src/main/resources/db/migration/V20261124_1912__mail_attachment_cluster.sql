-- Attachments carry their cluster like every other table (exports and separation checks rely on it).
alter table mail_attachment add column cluster_id uuid references cluster (id);
update mail_attachment a set cluster_id = o.cluster_id from mail_outbox o where o.id = a.mail_id;
alter table mail_attachment alter column cluster_id set not null;
create index mail_attachment_cluster on mail_attachment (cluster_id);
