-- The funnel counts, of a period's deals, how many reached each stage: a deal reached every stage up
-- to the furthest (by position, the lost stage aside) it has been in. Kept on the deal with each
-- move, so that the figures group deals instead of their whole history.
alter table deal add column furthest_stage_id bigint references pipeline_stage (id);

update deal set furthest_stage_id = (
    select s.id from deal_event e join pipeline_stage s on s.id = e.to_stage_id
    where e.deal_id = deal.id and s.outcome <> 'LOST'
    order by s.position desc, s.id desc
    fetch first 1 row only);

-- The funnel of a pipeline for a period: its deals by creation time, read from the index alone.
create index deal_funnel_idx on deal (pipeline_id, created_at, furthest_stage_id, stage_id, responsible_id);
