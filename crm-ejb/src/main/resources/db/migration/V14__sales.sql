-- Sales (module 11): pipelines of stages kept by the administrator, the reasons a deal is lost, the
-- deals themselves and their history. A stage is open, won or lost; a pipeline has exactly one won
-- and one lost stage, which end a deal. A fresh installation gets one pipeline to start with, which
-- the administrator renames and reshapes as the company works. The rows given here have ids below
-- 50; their sequences start at 100, so the first ids handed out in blocks of 50 are 51…100.

create sequence pipeline_seq start with 100 increment by 50;

create table pipeline (
    id        bigint       not null primary key,
    name      varchar(100) not null,
    name_key  varchar(100) not null,
    position  integer      not null,
    active    boolean      not null,
    version   bigint       not null
);

create unique index pipeline_name_uk on pipeline (name_key);

create sequence pipeline_stage_seq start with 100 increment by 50;

create table pipeline_stage (
    id          bigint       not null primary key,
    pipeline_id bigint       not null references pipeline (id),
    name        varchar(100) not null,
    position    integer      not null,
    colour      varchar(7)   not null,
    outcome     varchar(8)   not null,
    constraint pipeline_stage_outcome_ck check (outcome in ('OPEN', 'WON', 'LOST')),
    constraint pipeline_stage_colour_ck check (colour like '#%')
);

create index pipeline_stage_pipeline_idx on pipeline_stage (pipeline_id, position);

create sequence lost_reason_seq start with 100 increment by 50;

create table lost_reason (
    id        bigint       not null primary key,
    name      varchar(200) not null,
    position  integer      not null,
    active    boolean      not null
);

create sequence deal_seq start with 50 increment by 50;

create table deal (
    id              bigint         not null primary key,
    title           varchar(200)   not null,
    client_id       bigint         references client (id),
    contact_name    varchar(200),
    contact_phone   varchar(20),
    amount          numeric(12, 2) not null,
    responsible_id  bigint         not null references crm_user (id),
    pipeline_id     bigint         not null references pipeline (id),
    stage_id        bigint         not null references pipeline_stage (id),
    stage_since     timestamp with time zone not null,
    source          varchar(100),
    expected_close  date,
    notes           varchar(4000),
    lost_reason_id  bigint         references lost_reason (id),
    lost_comment    varchar(500),
    created_at      timestamp with time zone not null,
    created_by      bigint         references crm_user (id),
    closed_at       timestamp with time zone,
    version         bigint         not null,
    constraint deal_amount_ck check (amount >= 0)
);

-- The board: a pipeline's open deals by stage; a salesperson's own deals; a client's deals.
create index deal_stage_idx on deal (pipeline_id, stage_id, stage_since);
create index deal_responsible_idx on deal (responsible_id, stage_id);
create index deal_client_idx on deal (client_id);
create index deal_created_idx on deal (created_at);

create sequence deal_event_seq start with 50 increment by 50;

-- A deal's history: created, moved between stages, a field changed. Never changed or deleted.
create table deal_event (
    id          bigint        not null primary key,
    deal_id     bigint        not null references deal (id),
    happened_at timestamp with time zone not null,
    actor_id    bigint        references crm_user (id),
    actor_login varchar(40)   not null,
    kind        varchar(16)   not null,
    field       varchar(20),
    old_value   varchar(4000),
    new_value   varchar(4000),
    -- a stage move's stages (created: the first stage), for the funnel
    from_stage_id bigint      references pipeline_stage (id),
    to_stage_id   bigint      references pipeline_stage (id)
);

create index deal_event_deal_idx on deal_event (deal_id, happened_at);
-- Stage moves by time: the funnel and the cycle time of a period.
create index deal_event_kind_idx on deal_event (kind, happened_at);

create sequence deal_activity_seq start with 50 increment by 50;

-- What the salesperson does on a deal: a note, a negotiation or meeting (when, how long, how it went),
-- a task to do by a time (call back, meet), done or not. Tasks are the assignee's.
create table deal_activity (
    id               bigint        not null primary key,
    deal_id          bigint        not null references deal (id),
    kind             varchar(16)   not null,
    happens_at       timestamp with time zone not null,
    text             varchar(2000) not null,
    duration_minutes integer,
    outcome          varchar(300),
    assignee_id      bigint        references crm_user (id),
    done_at          timestamp with time zone,
    author_id        bigint        references crm_user (id),
    author_login     varchar(40)   not null,
    created_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint deal_activity_kind_ck check (kind in ('NOTE', 'NEGOTIATION', 'TASK')),
    constraint deal_activity_duration_ck check (duration_minutes is null or duration_minutes between 1 and 1440)
);

create index deal_activity_deal_idx on deal_activity (deal_id, happens_at);
-- "My tasks" and the board's overdue marks: open tasks by assignee and time.
create index deal_activity_task_idx on deal_activity (assignee_id, done_at, happens_at);
-- The figures: negotiations of a period.
create index deal_activity_kind_idx on deal_activity (kind, happens_at);

create sequence deal_link_seq start with 50 increment by 50;

-- The orders and site assessments made from a won deal, each linked to one deal at most.
create table deal_link (
    id         bigint      not null primary key,
    deal_id    bigint      not null references deal (id),
    kind       varchar(16) not null,
    target_id  bigint      not null,
    number     bigint      not null,
    linked_at  timestamp with time zone not null,
    constraint deal_link_kind_ck check (kind in ('ORDER', 'ASSESSMENT'))
);

create unique index deal_link_target_uk on deal_link (kind, target_id);
create index deal_link_deal_idx on deal_link (deal_id);

-- The administrator's monthly plan of each salesperson: the sum of deals to win in the month.
create table sales_plan (
    user_id    bigint         not null references crm_user (id),
    plan_month date           not null,
    amount     numeric(12, 2) not null,
    version    bigint         not null,
    primary key (user_id, plan_month),
    constraint sales_plan_month_ck check (extract(day from plan_month) = 1),
    constraint sales_plan_amount_ck check (amount >= 0)
);

-- Whether salespeople see one another's deals (the administrator's choice; by default they do not).
create table sales_setting (
    id                    integer not null primary key,
    sales_see_all_deals   boolean not null,
    version               bigint  not null
);

insert into sales_setting (id, sales_see_all_deals, version) values (1, false, 0);

insert into pipeline (id, name, name_key, position, active, version) values (1, 'Продажи', 'продажи', 0, true, 0);
insert into pipeline_stage (id, pipeline_id, name, position, colour, outcome) values
    (1, 1, 'Новая заявка', 0, '#64b5f6', 'OPEN'),
    (2, 1, 'Переговоры', 1, '#ffb74d', 'OPEN'),
    (3, 1, 'Предложение отправлено', 2, '#ba68c8', 'OPEN'),
    (4, 1, 'Успешно реализовано', 3, '#81c784', 'WON'),
    (5, 1, 'Закрыто и не реализовано', 4, '#e57373', 'LOST');
insert into lost_reason (id, name, position, active) values
    (1, 'Дорого', 0, true),
    (2, 'Выбрал другую компанию', 1, true),
    (3, 'Неактуально', 2, true),
    (4, 'Не дозвонились', 3, true);
