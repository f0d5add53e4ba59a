-- Mails that carry a secret link (invitation, password reset) keep a readable copy without the
-- link in body, and the real text only encrypted with a key of the running process in
-- secret_body, cleared once the mail has left (see klynge.mail.SecretBodies). The outbox page,
-- the export and the audit log therefore never hold a usable link.
alter table mail_outbox add column secret_body bytea;
