-- What a body does with a step taken out of its time (marking a meeting held before its date, a
-- comment on minutes after the comment deadline): WARN lets it through after a clear warning (and
-- marks it), REFUSE refuses it. WARN keeps the behaviour bodies had, now with the warning.
alter table meeting_settings add column out_of_time varchar(8) not null default 'WARN'
    check (out_of_time in ('WARN', 'REFUSE'));
