-- A participant named in an application has a role in the project ("forsker", "brukerrepresentant"),
-- written by the applicant; the LEAD/PARTICIPANT column says only whether the person leads it.
alter table application_person add column project_role varchar(200);
