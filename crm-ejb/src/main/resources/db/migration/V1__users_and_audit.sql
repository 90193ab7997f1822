-- Users, the audit log and the sign-in throttle. Written for PostgreSQL and H2 (PostgreSQL mode).
-- Sequences step by 50 to match the JPA allocation size.

create sequence crm_user_seq start with 50 increment by 50;

create table crm_user (
    id               bigint       not null primary key,
    login            varchar(40)  not null,
    login_key        varchar(40)  not null,
    full_name        varchar(120) not null,
    role             varchar(16)  not null,
    phone            varchar(20),
    email            varchar(254),
    password_hash    varchar(400) not null,
    active           boolean      not null,
    configured_admin boolean      not null,
    created_at       timestamp with time zone not null,
    last_sign_in_at  timestamp with time zone,
    version          bigint       not null,
    constraint crm_user_role_ck check (role in ('ADMIN', 'OPERATOR', 'MANAGER', 'SALES'))
);

-- Logins are unique without regard to case: login_key is the lower-cased login.
create unique index crm_user_login_key_uk on crm_user (login_key);

create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id             bigint       not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       bigint       references crm_user (id),
    actor_login    varchar(40),
    action         varchar(60)  not null,
    target_type    varchar(40),
    target_id      varchar(40),
    details        varchar(1000),
    remote_address varchar(64)
);

create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor_id);
create index audit_entry_action_idx on audit_entry (action, occurred_at);

-- One row per throttled key ("login:ivanov", "address:10.0.0.7"): failures in the current window
-- and, once locked, until when.
create table login_throttle (
    throttle_key     varchar(120) not null primary key,
    failures         integer      not null,
    first_failure_at timestamp with time zone not null,
    locked_until     timestamp with time zone,
    version          bigint       not null
);
