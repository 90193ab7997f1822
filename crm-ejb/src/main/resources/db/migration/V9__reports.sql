-- Reports: the daily financial figures the daily-finance batch job computes, the job's runs, and
-- which reports the operator and the manager see.

-- One row per day and manager (orders without a manager make their own row, manager_key 0). A run
-- deletes a day's rows and inserts them again in one transaction; the unique index makes a doubled
-- day impossible rather than merely unlikely.
create table finance_day (
    work_day         date           not null,
    manager_id       bigint         references crm_user (id),
    manager_key      bigint         not null,
    orders_planned   integer        not null,
    orders_done      integer        not null,
    orders_cancelled integer        not null,
    amount           numeric(14, 2) not null,
    discounts        numeric(14, 2) not null,
    price_up         numeric(14, 2) not null,
    price_down       numeric(14, 2) not null,
    upsell           numeric(14, 2) not null,
    final_sum        numeric(14, 2) not null,
    day_closed       boolean        not null,
    day_corrected    boolean        not null,
    run_id           bigint,
    computed_at      timestamp with time zone not null,
    primary key (work_day, manager_key)
);

create index finance_day_manager_idx on finance_day (manager_key, work_day);

create sequence finance_run_seq start with 50 increment by 50;

-- A run of the job: its days, progress, who started it, how it ended. A nightly run claims its night
-- with night_of (unique): of two server instances only the one whose insert succeeds runs it.
create table finance_run (
    id           bigint        not null primary key,
    kind         varchar(10)   not null,
    period_from  date          not null,
    period_to    date          not null,
    -- earlier days a nightly run adds (closed or corrected since the previous night), ISO dates, comma-separated
    extra_days   varchar(4000),
    night_of     date,
    status       varchar(10)   not null,
    days_total   integer       not null,
    days_done    integer       not null,
    execution_id bigint,
    started_at   timestamp with time zone not null,
    ended_at     timestamp with time zone,
    started_by   bigint        references crm_user (id),
    error        varchar(2000),
    constraint finance_run_kind_ck check (kind in ('MANUAL', 'NIGHTLY')),
    constraint finance_run_status_ck check (status in ('STARTING', 'RUNNING', 'COMPLETED', 'FAILED'))
);

create unique index finance_run_night_uk on finance_run (night_of);
create index finance_run_started_idx on finance_run (started_at);

-- What the operator and the manager see of each report; the administrator sees everything.
create table report_access (
    report      varchar(16)  not null,
    role_name   varchar(16)  not null,
    access_kind varchar(8)   not null,
    saved_at    timestamp with time zone,
    saved_by    bigint       references crm_user (id),
    primary key (report, role_name),
    constraint report_access_kind_ck check (access_kind in ('NONE', 'OWN', 'ALL')),
    constraint report_access_role_ck check (role_name in ('OPERATOR', 'MANAGER')),
    constraint report_access_own_ck check (access_kind <> 'OWN' or role_name = 'MANAGER')
);

-- A manager sees their own figures, an operator none, until the administrator says otherwise.
insert into report_access (report, role_name, access_kind) values
    ('FINANCE', 'MANAGER', 'OWN'), ('FINANCE', 'OPERATOR', 'NONE'),
    ('MANAGERS', 'MANAGER', 'OWN'), ('MANAGERS', 'OPERATOR', 'NONE'),
    ('UPSELLS', 'MANAGER', 'OWN'), ('UPSELLS', 'OPERATOR', 'NONE'),
    ('DISCOUNTS', 'MANAGER', 'OWN'), ('DISCOUNTS', 'OPERATOR', 'NONE'),
    ('ORDERS', 'MANAGER', 'OWN'), ('ORDERS', 'OPERATOR', 'NONE'),
    ('ASSESSMENTS', 'MANAGER', 'OWN'), ('ASSESSMENTS', 'OPERATOR', 'NONE');
