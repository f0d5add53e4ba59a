-- The snapshot of minutes reads agenda items through the view meeting publishes (meeting_item_v,
-- where a sub-item already carries its parent's case number), not through meeting's tables.
create or replace function minutes_snapshot_content(p_cluster uuid, p_minutes uuid) returns jsonb language sql stable as $$
    with items as (
        select a.item_id as id, a.parent_id, a.position, a.case_seq, a.case_year, a.title
        from meeting_item_v a
        join minutes m on m.cluster_id = a.cluster_id and m.meeting_id = a.meeting_id
        where m.cluster_id = p_cluster and m.id = p_minutes),
    numbered as (
        select i.*, row_number() over (partition by i.parent_id order by i.position) as sub_rank from items i),
    labelled as (
        select n.id, n.title,
               lpad(n.case_seq::text, 2, '0') || '-' || lpad((n.case_year % 100)::text, 2, '0')
               || case when n.parent_id is null then '' else ' ' || chr(96 + n.sub_rank::int) end as label,
               coalesce((select p.position from items p where p.id = n.parent_id), n.position) as top_position,
               case when n.parent_id is null then 0 else n.position end as sub_position
        from numbered n)
    select jsonb_build_object('items', coalesce(jsonb_agg(jsonb_build_object(
               'itemId', l.id, 'label', l.label, 'title', l.title, 'notes', im.notes,
               'feedbackHeading', im.feedback_heading, 'feedback', im.feedback, 'decision', im.decision)
               order by l.top_position, l.sub_position), '[]'::jsonb))
    from labelled l
    join item_minutes im on im.cluster_id = p_cluster and im.minutes_id = p_minutes and im.item_id = l.id
$$;
