-- Demo data (profile "demo"), issue 11.2: the seed minutes write no presenter line ("v/ …") under
-- 02-23 c (the title already names Berit Angelskår), 04-23 ("Karsten Specht redegjorde …" is in the
-- notes), 21-21 ("Kort innledning v/ NL og BA" is in the notes) and 24-21 ("BA innledet …"), so the
-- demo meetings have none there either: the documents say what the meeting said.
update agenda_item set presenter_person_id = null, presenter_text = null
where cluster_id = 'a1ec0000-0000-4000-8000-000000000001'
  and id in (md5('item:pm-2023-03-27/02c')::uuid, md5('item:pm-2023-03-27/04')::uuid,
             md5('item:ag-2021-06-03/21')::uuid, md5('item:ag-2021-06-03/24')::uuid);
