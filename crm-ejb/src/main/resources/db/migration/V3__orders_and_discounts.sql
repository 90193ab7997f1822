-- Orders, their lines and history, the managers' closed days, and discount types.
-- Money is numeric(12, 2): exact roubles and kopecks.

create sequence discount_type_seq start with 50 increment by 50;

create table discount_type (
    id        bigint         not null primary key,
    name      varchar(100)   not null,
    name_key  varchar(100)   not null,
    kind      varchar(10)    not null,
    max_value numeric(12, 2) not null,
    active    boolean        not null,
    -- the roles that may give it, comma-separated: "ADMIN,OPERATOR"
    roles     varchar(100)   not null,
    version   bigint         not null,
    constraint discount_type_kind_ck check (kind in ('PERCENT', 'AMOUNT'))
);

create unique index discount_type_name_uk on discount_type (name_key);

create sequence crm_order_seq start with 50 increment by 50;
-- The readable number of an order: 1, 2, 3… without gaps from allocation.
create sequence crm_order_number_seq start with 1 increment by 1;

create table crm_order (
    id                   bigint         not null primary key,
    number               bigint         not null,
    status               varchar(16)    not null,
    client_id            bigint         not null references client (id),
    contact_phone        varchar(20)    not null,
    address              varchar(500)   not null,
    entrance             varchar(20),
    floor                varchar(20),
    apartment            varchar(20),
    intercom             varchar(40),
    visit_date           date           not null,
    window_start         time           not null,
    window_end           time           not null,
    -- the window as instants in UTC, for the calendar and for queries across time zones
    visit_start          timestamp with time zone not null,
    visit_end            timestamp with time zone not null,
    description          varchar(4000),
    amount               numeric(12, 2) not null,
    discount_type_id     bigint         references discount_type (id),
    discount_value       numeric(12, 2),
    discount_amount      numeric(12, 2) not null,
    discount_reason      varchar(300),
    manager_id           bigint         references crm_user (id),
    comment              varchar(2000),
    price_change         numeric(12, 2) not null,
    price_change_reason  varchar(300),
    price_change_by      bigint         references crm_user (id),
    left_office_at       timestamp with time zone,
    work_started_at      timestamp with time zone,
    finished_at          timestamp with time zone,
    completion_comment   varchar(2000),
    final_sum            numeric(12, 2) not null,
    cancellation_reason  varchar(300),
    cancelled_at         timestamp with time zone,
    created_at           timestamp with time zone not null,
    created_by           bigint         references crm_user (id),
    version              bigint         not null,
    constraint crm_order_status_ck check (status in
        ('NEW', 'ASSIGNED', 'LEFT_OFFICE', 'IN_PROGRESS', 'DONE', 'CLOSED', 'CANCELLED')),
    constraint crm_order_final_sum_ck check (final_sum >= 0)
);

create unique index crm_order_number_uk on crm_order (number);
create index crm_order_visit_idx on crm_order (visit_date, status);
create index crm_order_manager_idx on crm_order (manager_id, visit_date);
create index crm_order_client_idx on crm_order (client_id);

create sequence order_line_seq start with 50 increment by 50;

create table order_line (
    id       bigint         not null primary key,
    order_id bigint         not null references crm_order (id),
    position integer        not null,
    name     varchar(200)   not null,
    unit     varchar(20),
    price    numeric(12, 2) not null,
    quantity numeric(9, 3)  not null
);

create index order_line_order_idx on order_line (order_id);

create sequence order_change_seq start with 50 increment by 50;

-- Every change of an order: field, old → new, who, when. Never changed or deleted.
create table order_change (
    id          bigint        not null primary key,
    order_id    bigint        not null references crm_order (id),
    changed_at  timestamp with time zone not null,
    actor_id    bigint        references crm_user (id),
    actor_login varchar(40)   not null,
    field       varchar(20)   not null,
    old_value   varchar(4000),
    new_value   varchar(4000)
);

create index order_change_order_idx on order_change (order_id, changed_at);

create sequence manager_day_seq start with 50 increment by 50;

-- A manager's closed day: what the financial reports count. Corrected when an administrator
-- changes an order of it afterwards.
create table manager_day (
    id           bigint  not null primary key,
    manager_id   bigint  not null references crm_user (id),
    work_day     date    not null,
    closed_at    timestamp with time zone not null,
    closed_by    bigint  references crm_user (id),
    corrected_at timestamp with time zone,
    version      bigint  not null
);

create unique index manager_day_uk on manager_day (manager_id, work_day);
