-- A deal's timeline finds the calls of its client's and contact's numbers, linked or not yet.
create index phone_call_phone_idx on phone_call (client_phone, started_at);

-- The administrator edits the lost reasons: concurrent edits are detected.
alter table lost_reason add column version bigint default 0 not null;

-- The board: a pipeline's open deals (closed_at null), newest stage change first.
create index deal_open_idx on deal (pipeline_id, closed_at, stage_since);
-- The figures: the deals won and lost in a period, by salesperson.
create index deal_closed_idx on deal (closed_at, responsible_id);
-- The figures: a period's calls by salesperson, read from the index alone.
create index phone_call_figures_idx on phone_call (started_at, user_id, direction, result, duration_seconds);
