-- Sales benchmark data, run by generate-sales.sh (psql variables: sellers, clients, deals, open,
-- calls, seed, zone). One transaction; the id ranges are reserved first by advancing the sequences
-- (blocks of 50, as the application allocates), so a CRM running meanwhile never hands out one.
--
-- What it makes, on the rules of V14-V18 and of the entities, over the year up to now:
--   sellers    seller001… (role SALES, extension 77001…), the administrator's password hash;
--   clients    one mobile number each (+79…, E.164, from a range the orders generator never uses);
--   deals      all on the first pipeline: the newest `open` ones open in its open stages (created in
--              the last 90 days), the others won (35 %) or lost with a reason, closed 0-60 days after
--              creation; history: created, and the move to the current stage;
--   activities a negotiation per deal, a note for every other deal, an open task per open deal
--              (overdue for a fifth of them), the responsible salesperson's;
--   phone_call `calls` calls of the sellers' extensions with the clients' numbers, linked to both,
--              60 % outgoing, 70 % answered (10 s - 10 min).

\set QUIET on
\timing on
set client_min_messages = warning;
begin;
set local work_mem = '256MB';
set local timezone = :'zone';

do $$
begin
    if to_regclass('flyway_schema_history') is null
            or not exists (select 1 from flyway_schema_history where version = '18' and success) then
        raise exception 'The schema is older than V18: start this version of the CRM on the database once first';
    end if;
    if not exists (select 1 from crm_user where configured_admin) then
        raise exception 'No administrator: start the CRM on this database once first (it creates it)';
    end if;
    if exists (select 1 from deal) or exists (select 1 from phone_call) then
        raise exception 'The database already has deals or calls: generate into a new database';
    end if;
end
$$;

select setseed(:seed) as seeded \gset
select (select id from crm_user where configured_admin order by id limit 1) as admin_id,
       (select id from pipeline where active order by position, id limit 1) as pipeline_id
\gset

create function pg_temp.reserve(seq regclass, tbl regclass, col text, n bigint, step int) returns bigint
language plpgsql as $$
declare
    last bigint;
    called boolean;
    top bigint;
    base bigint;
begin
    execute format('select last_value, is_called from %s', seq) into last, called;
    execute format('select coalesce(max(%I), 0) from %s', col, tbl) into top;
    base := greatest(case when called then last else last - step end, top, 0);
    perform setval(seq, (base + n + step - 1) / step * step);
    return base;
end
$$;

create function pg_temp.pick(a anyarray, r double precision) returns anyelement language sql immutable
as $$ select a[1 + floor(r * cardinality(a))::int] $$;

-- Mobile number k, as in generate.sql, from 900,000,001 on (generate.sql uses the low k).
create function pg_temp.mobile(k bigint) returns text language sql immutable
as $$ select '+79' || lpad((((900000000 + k) * 387420489) % 1000000000)::text, 9, '0') $$;

select pg_temp.reserve('crm_user_seq', 'crm_user', 'id', :sellers, 50) as user_base,
       pg_temp.reserve('client_seq', 'client', 'id', :clients, 50) as client_base,
       pg_temp.reserve('client_phone_seq', 'client_phone', 'id', :clients, 50) as phone_base,
       pg_temp.reserve('deal_seq', 'deal', 'id', :deals, 50) as deal_base,
       pg_temp.reserve('deal_event_seq', 'deal_event', 'id', 2 * :deals, 50) as event_base,
       pg_temp.reserve('deal_activity_seq', 'deal_activity', 'id', 3 * :deals, 50) as activity_base,
       pg_temp.reserve('phone_call_seq', 'phone_call', 'id', :calls, 50) as call_base
\gset

create temp table st as
select id, name, position, outcome from pipeline_stage where pipeline_id = :pipeline_id;
select array_agg(id order by position) filter (where outcome = 'OPEN') as open_ids,
       min(id) filter (where outcome = 'WON') as won_id, min(id) filter (where outcome = 'LOST') as lost_id,
       (array_agg(id order by position) filter (where outcome = 'OPEN'))[1] as first_id
from st \gset
select array_agg(id) as reasons from lost_reason where active \gset

insert into crm_user (id, login, login_key, full_name, role, phone, email, password_hash, active,
                      configured_admin, created_at, last_sign_in_at, version, extension)
select :user_base + i, 'seller' || lpad(i::text, 3, '0'), 'seller' || lpad(i::text, 3, '0'),
       'Продавец ' || lpad(i::text, 3, '0'), 'SALES', '+7917' || lpad((1000000 + i)::text, 7, '0'), null,
       (select password_hash from crm_user where id = :admin_id), true, false, now() - interval '400 days', null, 0,
       (77000 + i)::text
from generate_series(1, :sellers) i;

insert into client (id, name, search_key, email, comment, source, created_at, merged_into_id, version)
select :client_base + i, 'Покупатель ' || i, lower('Покупатель ' || i), null, null, 'Продажи',
       now() - interval '400 days', null, 0
from generate_series(1, :clients) i;

insert into client_phone (id, client_id, phone, note, position)
select :phone_base + i, :client_base + i, pg_temp.mobile(i), null, 0 from generate_series(1, :clients) i;

insert into client_phone_suffix (phone_id, suffix)
select p.id, substr(replace(p.phone, '+', ''), k)
from client_phone p, generate_series(1, 13) k
where p.id > :phone_base and p.id <= :phone_base + :clients and length(replace(p.phone, '+', '')) - k + 1 >= 3;

-- Deal i: the newest :open are open; created_at spreads the others over the year.
create temp table gd as
select i, :deal_base + i as id,
       case when i <= :open then now() - random() * interval '90 days' else now() - random() * interval '365 days' end
           as created_at,
       1 + floor(random() * :sellers)::int as seller, 1 + floor(random() * :clients)::int as client,
       round((5000 + random() * 495000)::numeric, -2) as amount, random() as r1, random() as r2, random() as r3
from generate_series(1, :deals) i;

insert into deal (id, title, client_id, contact_name, contact_phone, amount, responsible_id, pipeline_id, stage_id,
                  stage_since, source, expected_close, notes, lost_reason_id, lost_comment, created_at, created_by,
                  closed_at, version)
select gd.id,
       pg_temp.pick(array['Кондиционер в квартиру', 'Сплит-система в офис', 'Вентиляция коттеджа',
                          'Обслуживание по договору', 'Тёплый пол', 'Котельная'], gd.r3),
       :client_base + gd.client, null, null, gd.amount, :user_base + gd.seller, :pipeline_id,
       case when gd.i <= :open then pg_temp.pick(:'open_ids'::bigint[], gd.r1)
            when gd.r1 < 0.35 then :won_id else :lost_id end,
       case when gd.i <= :open then gd.created_at + gd.r2 * (now() - gd.created_at)
            else least(now(), gd.created_at + gd.r2 * interval '60 days') end,
       pg_temp.pick(array['Сайт', 'Звонок', 'Рекомендация', 'Выставка'], gd.r2),
       (gd.created_at + interval '30 days')::date, null,
       case when gd.i > :open and gd.r1 >= 0.35 then pg_temp.pick(:'reasons'::bigint[], gd.r3) end, null,
       gd.created_at, :user_base + gd.seller,
       case when gd.i > :open then least(now(), gd.created_at + gd.r2 * interval '60 days') end, 0
from gd;

insert into deal_event (id, deal_id, happened_at, actor_id, actor_login, kind, field, old_value, new_value,
                        from_stage_id, to_stage_id)
select :event_base + 2 * gd.i - 1, gd.id, gd.created_at, :user_base + gd.seller, 'seller' || lpad(gd.seller::text, 3, '0'),
       'CREATED', 'stage', null, (select name from st where id = :first_id), null, :first_id
from gd;

insert into deal_event (id, deal_id, happened_at, actor_id, actor_login, kind, field, old_value, new_value,
                        from_stage_id, to_stage_id)
select :event_base + 2 * gd.i, d.id, d.stage_since, d.responsible_id, 'seller' || lpad(gd.seller::text, 3, '0'),
       'MOVED', 'stage', (select name from st where id = :first_id), s.name, :first_id, d.stage_id
from gd join deal d on d.id = gd.id join st s on s.id = d.stage_id
where d.stage_id <> :first_id;

-- How far each deal got, as the CRM keeps it with each move (V18).
update deal set furthest_stage_id = (
    select s.id from deal_event e join pipeline_stage s on s.id = e.to_stage_id
    where e.deal_id = deal.id and s.outcome <> 'LOST'
    order by s.position desc, s.id desc
    fetch first 1 row only)
where id > :deal_base and id <= :deal_base + :deals;

insert into deal_activity (id, deal_id, kind, happens_at, text, duration_minutes, outcome, assignee_id, done_at,
                           author_id, author_login, created_at, version)
select :activity_base + 3 * gd.i - 2, gd.id, 'NEGOTIATION', gd.created_at + gd.r2 * (coalesce(d.closed_at, now()) - gd.created_at),
       'Обсудили смету', 15 + floor(gd.r3 * 75)::int, pg_temp.pick(array['Думает', 'Согласен', 'Просит скидку'], gd.r1),
       null, null, d.responsible_id, 'seller' || lpad(gd.seller::text, 3, '0'), gd.created_at, 0
from gd join deal d on d.id = gd.id;

insert into deal_activity (id, deal_id, kind, happens_at, text, duration_minutes, outcome, assignee_id, done_at,
                           author_id, author_login, created_at, version)
select :activity_base + 3 * gd.i - 1, gd.id, 'NOTE', gd.created_at, 'Клиент пришёл с сайта', null, null, null, null,
       :user_base + gd.seller, 'seller' || lpad(gd.seller::text, 3, '0'), gd.created_at, 0
from gd where gd.i % 2 = 0;

insert into deal_activity (id, deal_id, kind, happens_at, text, duration_minutes, outcome, assignee_id, done_at,
                           author_id, author_login, created_at, version)
select :activity_base + 3 * gd.i, gd.id, 'TASK', now() + (gd.r3 * 10 - 2) * interval '1 day', 'Перезвонить', null, null,
       :user_base + gd.seller, null, :user_base + gd.seller, 'seller' || lpad(gd.seller::text, 3, '0'), gd.created_at, 0
from gd where gd.i <= :open;

insert into phone_call (id, pbx, pbx_call_id, direction, client_phone, our_number, extension, user_id, client_id,
                        order_id, started_at, answered_at, ended_at, duration_seconds, result, recording_url,
                        matched_at, created_at, version)
select :call_base + c.i, 'GENERIC', 'bench-' || c.i, c.direction, pg_temp.mobile(c.client), '+74950000000',
       (77000 + c.seller)::text, :user_base + c.seller, :client_base + c.client, null, c.started_at,
       case when c.answered then c.started_at + interval '5 seconds' end,
       c.started_at + (5 + c.seconds) * interval '1 second', case when c.answered then c.seconds else 0 end,
       case when c.answered then 'ANSWERED' when c.direction = 'INCOMING' then 'MISSED' else 'NO_ANSWER' end,
       null, c.started_at, c.started_at, 0
from (select i, case when random() < 0.6 then 'OUTGOING' else 'INCOMING' end as direction,
             1 + floor(random() * :sellers)::int as seller, 1 + floor(random() * :clients)::int as client,
             now() - random() * interval '365 days' as started_at, random() < 0.7 as answered,
             10 + floor(random() * 590)::int as seconds
      from generate_series(1, :calls) i) c;

commit;

vacuum analyze crm_user;
vacuum analyze client;
vacuum analyze client_phone;
vacuum analyze deal;
vacuum analyze deal_event;
vacuum analyze deal_activity;
vacuum analyze phone_call;

select (select count(*) from deal) as deals, (select count(*) from deal where closed_at is null) as open_deals,
       (select count(*) from deal_activity) as activities, (select count(*) from phone_call) as calls;
