-- Site assessments («оценка объектов»): a manager's visit to estimate the work before an order,
-- their history, and the link to the order an assessment became.

create sequence site_assessment_seq start with 50 increment by 50;
-- The readable number of an assessment: 1, 2, 3… of its own.
create sequence site_assessment_number_seq start with 1 increment by 1;

create table site_assessment (
    id                  bigint         not null primary key,
    number              bigint         not null,
    status              varchar(16)    not null,
    client_id           bigint         not null references client (id),
    contact_phone       varchar(20)    not null,
    address             varchar(500)   not null,
    entrance            varchar(20),
    floor               varchar(20),
    apartment           varchar(20),
    intercom            varchar(40),
    visit_date          date           not null,
    window_start        time           not null,
    window_end          time           not null,
    visit_start         timestamp with time zone not null,
    visit_end           timestamp with time zone not null,
    description         varchar(4000),
    manager_id          bigint         references crm_user (id),
    estimated_amount    numeric(12, 2),
    result_notes        varchar(2000),
    done_at             timestamp with time zone,
    cancellation_reason varchar(300),
    cancelled_at        timestamp with time zone,
    order_id            bigint         references crm_order (id),
    created_at          timestamp with time zone not null,
    created_by          bigint         references crm_user (id),
    version             bigint         not null,
    constraint site_assessment_status_ck check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    constraint site_assessment_estimate_ck check (estimated_amount is null or estimated_amount >= 0)
);

create unique index site_assessment_number_uk on site_assessment (number);
-- An order is made from one assessment at most.
create unique index site_assessment_order_uk on site_assessment (order_id);
create index site_assessment_visit_idx on site_assessment (visit_date, visit_start, number);
create index site_assessment_manager_idx on site_assessment (manager_id, visit_date, visit_start);
create index site_assessment_client_idx on site_assessment (client_id);

create sequence assessment_change_seq start with 50 increment by 50;

-- Every change of an assessment: field, old → new, who, when. Never changed or deleted.
create table assessment_change (
    id            bigint        not null primary key,
    assessment_id bigint        not null references site_assessment (id),
    changed_at    timestamp with time zone not null,
    actor_id      bigint        references crm_user (id),
    actor_login   varchar(40)   not null,
    field         varchar(20)   not null,
    old_value     varchar(4000),
    new_value     varchar(4000)
);

create index assessment_change_idx on assessment_change (assessment_id, changed_at);
